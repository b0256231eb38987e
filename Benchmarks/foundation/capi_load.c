/* Peer for the foundation benchmark: the same transportation LP (or sparse MILP) loaded into GLPK
 * with the plain C API in one bulk call (glp_load_matrix), and written with GLPK's own free-MPS writer.
 * "load" counts building the arrays, loading them and deleting the problem (as GLPKSolver.load does).
 * Usage: capi_load transport N M | capi_load milp N M      Prints: phase seconds, one per line. */
#include <glpk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
static int quiet(void *info, const char *s) { (void)info; (void)s; return 1; }

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: %s transport|milp N M [mps-out]\n", argv[0]); return 2; }
    int milp = strcmp(argv[1], "milp") == 0;
    long n = atol(argv[2]), m = atol(argv[3]);
    glp_term_hook(quiet, NULL);
    double t0 = now();
    glp_prob *P = glp_create_prob();
    int *ia, *ja; double *ar; long nnz = 0;
    if (!milp) { /* n sources x m sinks */
        long cols = n * m;
        glp_set_obj_dir(P, GLP_MIN);
        glp_add_rows(P, (int)(n + m));
        for (long i = 0; i < n; i++) glp_set_row_bnds(P, (int)(i + 1), GLP_UP, 0.0, 1000.0 + (i % 7) * 10.0);
        for (long j = 0; j < m; j++) glp_set_row_bnds(P, (int)(n + j + 1), GLP_LO, 900.0 + (j % 5) * 10.0, 0.0);
        glp_add_cols(P, (int)cols);
        ia = malloc(sizeof(int) * (2 * cols + 1)); ja = malloc(sizeof(int) * (2 * cols + 1)); ar = malloc(sizeof(double) * (2 * cols + 1));
        for (long i = 0; i < n; i++) for (long j = 0; j < m; j++) {
            int c = (int)(i * m + j + 1);
            glp_set_col_bnds(P, c, GLP_LO, 0.0, 0.0);
            glp_set_obj_coef(P, c, 1.0 + ((i * 7919 + j * 104729) % 1000) / 10.0);
            nnz++; ia[nnz] = (int)(i + 1); ja[nnz] = c; ar[nnz] = 1.0;
            nnz++; ia[nnz] = (int)(n + j + 1); ja[nnz] = c; ar[nnz] = 1.0;
        }
    } else { /* n columns, m rows, 6 entries per row */
        glp_set_obj_dir(P, GLP_MAX);
        glp_add_rows(P, (int)m);
        glp_add_cols(P, (int)n);
        for (long j = 0; j < n; j++) {
            glp_set_col_bnds(P, (int)(j + 1), GLP_DB, 0.0, 10.0);
            if (j % 2 == 0) glp_set_col_kind(P, (int)(j + 1), GLP_IV);
            glp_set_obj_coef(P, (int)(j + 1), 1.0 + j % 13);
        }
        ia = malloc(sizeof(int) * (6 * m + 1)); ja = malloc(sizeof(int) * (6 * m + 1)); ar = malloc(sizeof(double) * (6 * m + 1));
        for (long r = 0; r < m; r++) {
            glp_set_row_bnds(P, (int)(r + 1), GLP_UP, 0.0, 100.0 + r % 50);
            for (long k = 0; k < 6; k++) {
                nnz++; ia[nnz] = (int)(r + 1); ja[nnz] = (int)((r * 37 + k * 7919) % n + 1); ar[nnz] = 1.0 + (r + k) % 9;
            }
        }
    }
    glp_load_matrix(P, (int)nnz, ia, ja, ar);
    double t1 = now();
    if (argc > 4) {
        glp_write_mps(P, GLP_MPS_FILE, NULL, argv[4]);
        printf("write %.6f\n", now() - t1);
    }
    /* WaterNexus's load (GLPKSolver.load) creates, loads and deletes the problem: count the delete too. */
    double t2 = now();
    glp_delete_prob(P);
    free(ia); free(ja); free(ar);
    printf("load %.6f\n", (t1 - t0) + (now() - t2));
    struct rusage u; getrusage(RUSAGE_SELF, &u);
    printf("peak_rss_mb %.1f\n", u.ru_maxrss / 1024.0);
    printf("nonzeros %ld\n", nnz);
    return 0;
}
