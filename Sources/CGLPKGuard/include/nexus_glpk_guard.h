#ifndef WATERNEXUS_GLPK_GUARD_H
#define WATERNEXUS_GLPK_GUARD_H
/*
 * A setjmp guard around the GLPK calls WaterNexus makes.
 *
 * glp_error() prints, calls the error hook and then abort()s. Every function here arms a
 * thread-local jmp_buf before calling GLPK; the error hook longjmps back, the guard frees the
 * thread's GLPK environment (which invalidates every GLPK object of the thread) and returns
 * NEXUS_GLPK_FAILED. The message GLPK printed is available from nexus_glpk_last_error().
 *
 * The header deliberately does not include <glpk.h>: problems and parameter blocks are passed
 * as void pointers so that only the CGLPK module owns GLPK's declarations.
 */
#include <stddef.h>

#define NEXUS_GLPK_OK 0
#define NEXUS_GLPK_FAILED (-1)

/* Messages and log ------------------------------------------------------------------------ */
/** The text GLPK printed for its last fatal error on this thread ("" if none). */
const char *nexus_glpk_last_error(void);
/** Starts capturing GLPK's terminal output on this thread (on != 0) or discards it (on == 0). */
void nexus_glpk_capture_log(int on);
/** The captured terminal output since the last nexus_glpk_capture_log(1). */
const char *nexus_glpk_log(void);
/** The number of times a GLPK error was caught on this thread (for tests). */
long nexus_glpk_error_count(void);

/* Problem life cycle ---------------------------------------------------------------------- */
/** Creates a problem; NULL on failure. */
void *nexus_glpk_create(void);
/** Deletes a problem created on this thread. */
int nexus_glpk_delete(void *P);

/**
 * Loads a whole model in one call. Arrays are 0-based here; kinds: 0 continuous, 1 integer,
 * 2 binary. Bounds use +-HUGE_VAL for infinity. Names may be NULL (then none are set).
 * The matrix is given in compressed-column form (colStart has ncols + 1 entries, rowIndex
 * holds 0-based row numbers).
 */
int nexus_glpk_load(void *P, const char *name, int maximize, int nrows, int ncols,
                    const double *rowLower, const double *rowUpper,
                    const double *colLower, const double *colUpper,
                    const double *objective, double objectiveConstant, const int *kinds,
                    const long *colStart, const int *rowIndex, const double *values,
                    const char *const *rowNames, const char *const *colNames);

/** Replaces the objective (dense, ncols entries) and its sense; used by repeated solves. */
int nexus_glpk_set_objective(void *P, int maximize, int ncols, const double *objective, double constant);

/** Sets the bounds of one column (0-based); +-HUGE_VAL for infinity. */
int nexus_glpk_set_col_bounds(void *P, int column, double lower, double upper);

/* Solvers: each returns NEXUS_GLPK_OK or NEXUS_GLPK_FAILED; *ret gets GLPK's return code. */
int nexus_glpk_simplex(void *P, const void *smcp, int *ret);
int nexus_glpk_exact(void *P, const void *smcp, int *ret);
int nexus_glpk_interior(void *P, const void *iptcp, int *ret);
/** Branch-and-cut; *bestBound receives the best bound seen in the search tree (NaN if none). */
int nexus_glpk_intopt(void *P, const void *iocp, int *ret, double *bestBound);
int nexus_glpk_factorize(void *P, int *ret);

/* Results --------------------------------------------------------------------------------- */
/** solution: 0 basic (simplex/exact), 1 interior point, 2 MIP. Any output pointer may be NULL. */
int nexus_glpk_extract(void *P, int solution, int nrows, int ncols, int *status, double *objective,
                       double *colValue, double *colDual, double *rowValue, double *rowDual,
                       int *colStat, int *rowStat);
/** 1 if the basis factorization exists. */
int nexus_glpk_basis_factorized(void *P, int *exists);
/** glp_analyze_bound for 1-based k in 1..m+n (rows first). */
int nexus_glpk_analyze_bound(void *P, int k, double *value1, int *var1, double *value2, int *var2);
/** glp_analyze_coef for 1-based k in 1..m+n (rows first). */
int nexus_glpk_analyze_coef(void *P, int k, double *coef1, int *var1, double *value1,
                            double *coef2, int *var2, double *value2);

/** glp_get_unbnd_ray: the 1-based number (rows first) of the variable causing unboundedness, or 0. */
int nexus_glpk_unbounded_ray(void *P, int *k);
/**
 * glp_eval_tab_col for the non-basic variable k: fills ind/val (1-based arrays of size m + 1) with
 * the basic variables' coefficients in the tableau column; *len gets the count.
 */
int nexus_glpk_tableau_column(void *P, int k, int *len, int *ind, double *val);

/* For tests of the guard itself: makes GLPK raise an error (an out-of-range column). */
int nexus_glpk_provoke_error(void);

#endif
