#ifndef WATERNEXUS_CGLPK_SHIM_H
#define WATERNEXUS_CGLPK_SHIM_H
#include <glpk.h>
#endif
