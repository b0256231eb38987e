#include "nexus_glpk_guard.h"

#include <glpk.h>
#include <math.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

/* Per-thread guard state -------------------------------------------------------------------- */
typedef struct {
    jmp_buf jump;
    int armed;
    int hooksInstalled;
    int capture;
    char *log;
    size_t logLength, logCapacity;
    char recent[2048]; /* tail of everything GLPK printed, for error messages */
    size_t recentLength;
    char error[2048];
    long errorCount;
    double bestBound;
} GuardState;

static _Thread_local GuardState state;

static void remember(const char *s) {
    size_t n = strlen(s);
    if (n >= sizeof state.recent) { s += n - (sizeof state.recent - 1); n = sizeof state.recent - 1; }
    if (state.recentLength + n >= sizeof state.recent) {
        size_t keep = sizeof state.recent - 1 - n;
        memmove(state.recent, state.recent + state.recentLength - keep, keep);
        state.recentLength = keep;
    }
    memcpy(state.recent + state.recentLength, s, n);
    state.recentLength += n;
    state.recent[state.recentLength] = 0;
}

static void appendLog(const char *s) {
    size_t n = strlen(s);
    if (state.logLength + n + 1 > state.logCapacity) {
        size_t capacity = state.logCapacity ? state.logCapacity : 4096;
        while (capacity < state.logLength + n + 1) capacity *= 2;
        char *grown = realloc(state.log, capacity);
        if (!grown) return;
        state.log = grown;
        state.logCapacity = capacity;
    }
    memcpy(state.log + state.logLength, s, n);
    state.logLength += n;
    state.log[state.logLength] = 0;
}

static int termHook(void *info, const char *s) {
    (void)info;
    remember(s);
    if (state.capture) appendLog(s);
    return 1; /* never print to stdout */
}

static void errorHook(void *info) {
    (void)info;
    if (state.armed) longjmp(state.jump, 1);
    /* Not armed: returning lets GLPK abort, which only a missing guard can cause. */
}

static void installHooks(void) {
    if (state.hooksInstalled) return;
    glp_term_out(GLP_ON); /* output flows through the hook, which decides */
    glp_term_hook(termHook, NULL);
    glp_error_hook(errorHook, NULL);
    state.hooksInstalled = 1;
}

static void recover(void) {
    state.armed = 0;
    state.errorCount += 1;
    size_t n = state.recentLength < sizeof state.error - 1 ? state.recentLength : sizeof state.error - 1;
    memcpy(state.error, state.recent + state.recentLength - n, n);
    state.error[n] = 0;
    state.hooksInstalled = 0;
    glp_free_env(); /* every GLPK object of this thread is gone now */
}

/* GUARDED(body): runs body with the error hook armed; returns NEXUS_GLPK_FAILED after an error. */
#define GUARDED(...)                                   \
    do {                                                \
        installHooks();                                 \
        state.recentLength = 0; state.recent[0] = 0;    \
        if (setjmp(state.jump) != 0) {                  \
            recover();                                  \
            return NEXUS_GLPK_FAILED;                   \
        }                                               \
        state.armed = 1;                                \
        __VA_ARGS__;                                         \
        state.armed = 0;                                \
        return NEXUS_GLPK_OK;                           \
    } while (0)

const char *nexus_glpk_last_error(void) { return state.error; }

void nexus_glpk_capture_log(int on) {
    state.capture = on;
    state.logLength = 0;
    if (state.log) state.log[0] = 0;
}

const char *nexus_glpk_log(void) { return state.log ? state.log : ""; }

long nexus_glpk_error_count(void) { return state.errorCount; }

void *nexus_glpk_create(void) {
    glp_prob *volatile P = NULL;
    installHooks();
    if (setjmp(state.jump) != 0) { recover(); return NULL; }
    state.armed = 1;
    P = glp_create_prob();
    state.armed = 0;
    return P;
}

int nexus_glpk_delete(void *P) { GUARDED(glp_delete_prob((glp_prob *)P)); }

static int boundType(double lower, double upper) {
    int hasLower = lower > -HUGE_VAL, hasUpper = upper < HUGE_VAL;
    if (hasLower && hasUpper) return lower == upper ? GLP_FX : GLP_DB;
    if (hasLower) return GLP_LO;
    if (hasUpper) return GLP_UP;
    return GLP_FR;
}

int nexus_glpk_load(void *P, const char *name, int maximize, int nrows, int ncols,
                    const double *rowLower, const double *rowUpper,
                    const double *colLower, const double *colUpper,
                    const double *objective, double objectiveConstant, const int *kinds,
                    const long *colStart, const int *rowIndex, const double *values,
                    const char *const *rowNames, const char *const *colNames) {
    GUARDED({
        glp_prob *lp = (glp_prob *)P;
        if (name) glp_set_prob_name(lp, name);
        glp_set_obj_dir(lp, maximize ? GLP_MAX : GLP_MIN);
        if (nrows > 0) glp_add_rows(lp, nrows);
        if (ncols > 0) glp_add_cols(lp, ncols);
        for (int i = 0; i < nrows; i++) {
            glp_set_row_bnds(lp, i + 1, boundType(rowLower[i], rowUpper[i]),
                             rowLower[i] > -HUGE_VAL ? rowLower[i] : 0.0,
                             rowUpper[i] < HUGE_VAL ? rowUpper[i] : 0.0);
            if (rowNames) glp_set_row_name(lp, i + 1, rowNames[i]);
        }
        glp_set_obj_coef(lp, 0, objectiveConstant);
        int *buffer = NULL;
        int bufferSize = 0;
        for (int j = 0; j < ncols; j++) {
            if (kinds[j] == 2) glp_set_col_kind(lp, j + 1, GLP_BV);
            else if (kinds[j] == 1) glp_set_col_kind(lp, j + 1, GLP_IV);
            if (kinds[j] != 2)
                glp_set_col_bnds(lp, j + 1, boundType(colLower[j], colUpper[j]),
                                 colLower[j] > -HUGE_VAL ? colLower[j] : 0.0,
                                 colUpper[j] < HUGE_VAL ? colUpper[j] : 0.0);
            else if (colLower[j] != 0.0 || colUpper[j] != 1.0)
                glp_set_col_bnds(lp, j + 1, boundType(colLower[j], colUpper[j]), colLower[j], colUpper[j]);
            glp_set_obj_coef(lp, j + 1, objective[j]);
            if (colNames) glp_set_col_name(lp, j + 1, colNames[j]);
            /* Column by column (measured faster than glp_load_matrix here): GLPK wants 1-based row
             * numbers in a 1-based array (element 0 unused). */
            long begin = colStart[j], end = colStart[j + 1];
            int count = (int)(end - begin);
            if (count > 0) {
                if (count + 1 > bufferSize) {
                    int *grown = realloc(buffer, sizeof(int) * (size_t)(count + 1));
                    if (!grown) { free(buffer); buffer = NULL; glp_error("out of memory loading column %d\n", j + 1); }
                    buffer = grown;
                    bufferSize = count + 1;
                }
                for (int k = 0; k < count; k++) buffer[k + 1] = rowIndex[begin + k] + 1;
                glp_set_mat_col(lp, j + 1, count, buffer, values + begin - 1);
            }
        }
        free(buffer);
        /* Each row's and each column's entries in increasing order, as glp_read_lp, glp_read_mps and
         * glpsol leave them (glp_sort_matrix): column-by-column loading leaves them reversed, and GLPK's
         * presolver and branch-and-cut follow this order. On GLPK's example tiling.mod the same MIP takes
         * 7 s of CPU sorted and does not finish in 90 s reversed (Benchmarks/glpk_examples). */
        glp_sort_matrix(lp);
        /* Scaled, as glpsol scales by default: without scaling GLPK's primal simplex declares a wrong
         * optimum on GLPK's example dea.mod (59.63689 instead of 59.63109, which HiGHS and the scaled
         * solve give). Then GLPK's advanced initial basis (glpsol's default), not the all-slack one: on
         * huge.mod the dual simplex takes 7 s from it and over 60 s from the slack basis
         * (Benchmarks/glpk_examples). Warm starts later replace it with their own basis. */
        if (nrows > 0 && ncols > 0) {
            glp_scale_prob(lp, GLP_SF_AUTO);
            glp_adv_basis(lp, 0);
        }
    });
}

int nexus_glpk_set_objective(void *P, int maximize, int ncols, const double *objective, double constant) {
    GUARDED({
        glp_prob *lp = (glp_prob *)P;
        glp_set_obj_dir(lp, maximize ? GLP_MAX : GLP_MIN);
        glp_set_obj_coef(lp, 0, constant);
        for (int j = 0; j < ncols; j++) glp_set_obj_coef(lp, j + 1, objective[j]);
    });
}

int nexus_glpk_set_col_bounds(void *P, int column, double lower, double upper) {
    GUARDED({
        glp_prob *lp = (glp_prob *)P;
        int type = lower == upper ? GLP_FX
                 : (isinf(lower) && isinf(upper)) ? GLP_FR
                 : isinf(upper) ? GLP_LO
                 : isinf(lower) ? GLP_UP : GLP_DB;
        glp_set_col_bnds(lp, column + 1, type, isinf(lower) ? 0 : lower, isinf(upper) ? 0 : upper);
    });
}

int nexus_glpk_simplex(void *P, const void *smcp, int *ret) {
    GUARDED(*ret = glp_simplex((glp_prob *)P, (const glp_smcp *)smcp));
}

int nexus_glpk_exact(void *P, const void *smcp, int *ret) {
    GUARDED(*ret = glp_exact((glp_prob *)P, (const glp_smcp *)smcp));
}

int nexus_glpk_interior(void *P, const void *iptcp, int *ret) {
    GUARDED(*ret = glp_interior((glp_prob *)P, (const glp_iptcp *)iptcp));
}

static void boundCallback(glp_tree *T, void *info) {
    (void)info;
    int node = glp_ios_best_node(T);
    if (node != 0) state.bestBound = glp_ios_node_bound(T, node);
}

int nexus_glpk_intopt(void *P, const void *iocp, int *ret, double *bestBound) {
    glp_iocp parm = *(const glp_iocp *)iocp;
    parm.cb_func = boundCallback;
    parm.cb_info = NULL;
    state.bestBound = NAN;
    installHooks();
    state.recentLength = 0; state.recent[0] = 0;
    if (setjmp(state.jump) != 0) { recover(); return NEXUS_GLPK_FAILED; }
    state.armed = 1;
    *ret = glp_intopt((glp_prob *)P, &parm);
    state.armed = 0;
    *bestBound = state.bestBound;
    return NEXUS_GLPK_OK;
}

int nexus_glpk_factorize(void *P, int *ret) { GUARDED(*ret = glp_factorize((glp_prob *)P)); }

int nexus_glpk_basis_factorized(void *P, int *exists) { GUARDED(*exists = glp_bf_exists((glp_prob *)P)); }

int nexus_glpk_extract(void *P, int solution, int nrows, int ncols, int *status, double *objective,
                       double *colValue, double *colDual, double *rowValue, double *rowDual,
                       int *colStat, int *rowStat) {
    GUARDED({
        glp_prob *lp = (glp_prob *)P;
        switch (solution) {
        case 0:
            if (status) *status = glp_get_status(lp);
            if (objective) *objective = glp_get_obj_val(lp);
            for (int j = 0; j < ncols; j++) {
                if (colValue) colValue[j] = glp_get_col_prim(lp, j + 1);
                if (colDual) colDual[j] = glp_get_col_dual(lp, j + 1);
                if (colStat) colStat[j] = glp_get_col_stat(lp, j + 1);
            }
            for (int i = 0; i < nrows; i++) {
                if (rowValue) rowValue[i] = glp_get_row_prim(lp, i + 1);
                if (rowDual) rowDual[i] = glp_get_row_dual(lp, i + 1);
                if (rowStat) rowStat[i] = glp_get_row_stat(lp, i + 1);
            }
            break;
        case 1:
            if (status) *status = glp_ipt_status(lp);
            if (objective) *objective = glp_ipt_obj_val(lp);
            for (int j = 0; j < ncols; j++) {
                if (colValue) colValue[j] = glp_ipt_col_prim(lp, j + 1);
                if (colDual) colDual[j] = glp_ipt_col_dual(lp, j + 1);
            }
            for (int i = 0; i < nrows; i++) {
                if (rowValue) rowValue[i] = glp_ipt_row_prim(lp, i + 1);
                if (rowDual) rowDual[i] = glp_ipt_row_dual(lp, i + 1);
            }
            break;
        default:
            if (status) *status = glp_mip_status(lp);
            if (objective) *objective = glp_mip_obj_val(lp);
            for (int j = 0; j < ncols; j++)
                if (colValue) colValue[j] = glp_mip_col_val(lp, j + 1);
            for (int i = 0; i < nrows; i++)
                if (rowValue) rowValue[i] = glp_mip_row_val(lp, i + 1);
            break;
        }
    });
}

int nexus_glpk_analyze_bound(void *P, int k, double *value1, int *var1, double *value2, int *var2) {
    GUARDED(glp_analyze_bound((glp_prob *)P, k, value1, var1, value2, var2));
}

int nexus_glpk_analyze_coef(void *P, int k, double *coef1, int *var1, double *value1,
                            double *coef2, int *var2, double *value2) {
    GUARDED(glp_analyze_coef((glp_prob *)P, k, coef1, var1, value1, coef2, var2, value2));
}

int nexus_glpk_unbounded_ray(void *P, int *k) { GUARDED(*k = glp_get_unbnd_ray((glp_prob *)P)); }

int nexus_glpk_tableau_column(void *P, int k, int *len, int *ind, double *val) {
    GUARDED(*len = glp_eval_tab_col((glp_prob *)P, k, ind, val));
}

int nexus_glpk_provoke_error(void) {
    GUARDED({
        glp_prob *lp = glp_create_prob();
        glp_set_col_bnds(lp, 7, GLP_LO, 0.0, 0.0); /* no column 7: GLPK raises an error */
    });
}
