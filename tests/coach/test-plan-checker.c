/* test-plan-checker.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "coach-test-week.h"
#include "rbd-plan-checker.h"

/* 2026-11-30 is a Monday, so bit 0 is Monday in every case. */
#define START "2026-11-30"

#define MON (1u << 0)
#define TUE (1u << 1)
#define WED (1u << 2)
#define THU (1u << 3)
#define FRI (1u << 4)
#define SAT (1u << 5)
#define SUN (1u << 6)

#define INFO    RBD_SEVERITY_INFO
#define WARNING RBD_SEVERITY_WARNING

/* 340 min of running, quality 17.6 %, long run 26.5 %, Monday off: a week
 * that breaks no rule, for the cases to change one thing in. */
#define QUIET_WEEK \
  { "rest", "interval:30", "easy:60", "tempo:30", "easy:60", "long:90", "easy:70" }

/* 330 min: quality 18.2 %, long run 27.3 %. */
#define WEEK_330 \
  { "rest", "interval:30", "easy:60", "tempo:30", "easy:60", "long:90", "easy:60" }

/* 345 min: quality 17.4 %, long run 26.1 %. */
#define WEEK_345 \
  { "rest", "interval:30", "easy:60", "tempo:30", "easy:60", "long:90", "easy:75" }

/* DOMAIN.md templates. */
#define SIMPLE_4_DAY \
  { "interval:50", "tempo:45", "easy:40", "rest", NULL, NULL, NULL }
#define RECOVERY_FIRST \
  { "easy:40+mobility:10", "interval:60", "recovery:35", "tempo:50", "rest", "long:80", \
    "easy:35+mobility:10" }
#define HALF_MARATHON \
  { "mobility:25", "interval:60", "easy:45", "hills:50", "easy:40+mobility:15", "long:100", \
    "easy:35" }

#define MAX_EXPECTED 3

typedef struct
{
  RbdSeverity severity;
  guint       days;
} Expected;

typedef struct
{
  const char *name;
  const char *rule;           /* the rule under test; others are not looked at */
  const char *days[7];
  const char *day_before;     /* NULL: no sessions the day before */
  guint       n_previous;
  int         previous_min[4];  /* running minutes, most recent week first */
  guint       n_expected;
  Expected    expected[MAX_EXPECTED];
  const char *reason_has;     /* in the first expected finding's reason, or NULL */
  const char *fix_has;        /* ...and its fix */
} CheckCase;

static const CheckCase cases[] = {
  /* R1 hard spacing */
  { "r1/quiet-week", "R1", QUIET_WEEK },
  { "r1/exactly-48h", "R1",
    { "interval:30", NULL, "tempo:30", NULL, "long:90", NULL, "easy:40" } },
  { "r1/consecutive", "R1",
    { "rest", "interval:30", "tempo:30", "easy:60", "easy:60", "long:90", "easy:60" },
    .n_expected = 1, .expected = { { WARNING, TUE | WED } },
    .reason_has = "interval session on Tuesday and the tempo run on Wednesday",
    .fix_has = "Move the tempo run on Wednesday to Thursday" },
  { "r1/same-day", "R1",
    { "rest", "interval:30+tempo:20", "easy:60", "easy:60", "easy:60", "long:90", "easy:60" },
    .n_expected = 1, .expected = { { WARNING, TUE } },
    .reason_has = "Tuesday has 2 hard sessions (interval session and tempo run)",
    .fix_has = "Move the tempo run on Tuesday to Thursday" },
  { "r1/three-in-a-row", "R1",
    { "interval:30", "tempo:30", "hills:30", "easy:60", "easy:60", NULL, "easy:60" },
    .n_expected = 2, .expected = { { WARNING, MON | TUE }, { WARNING, TUE | WED } } },
  { "r1/race-then-long", "R1",
    { "rest", "easy:40", "tempo:30", "easy:40", "easy:30", "race:25", "long:90" },
    .n_expected = 1, .expected = { { WARNING, SAT | SUN } } },
  /* A race keeps its date; the session next to it moves. */
  { "r1/long-run-before-race", "R1",
    { "rest", "easy:40", "tempo:30", "easy:40", "easy:30", "long:90", "race:25" },
    .n_expected = 1, .expected = { { WARNING, SAT | SUN } },
    .fix_has = "Move the long run on Saturday to Friday" },
  { "r1/race-and-tempo-same-day", "R1",
    { "rest", "easy:40", "tempo:20+race:25", "easy:40", "easy:30", "long:90", "easy:30" },
    .n_expected = 1, .expected = { { WARNING, WED } },
    .fix_has = "Move the tempo run on Wednesday to" },
  { "r1/week-boundary-race", "R1",
    { "race:30", "easy:40", "easy:60", "tempo:30", "easy:60", "rest", "long:90" },
    .day_before = "tempo:40",
    .n_expected = 1, .expected = { { WARNING, MON } },
    .fix_has = "Make the tempo run on Sunday an easy run" },
  { "r1/week-boundary", "R1",
    { "interval:30", "easy:60", "tempo:30", "easy:60", "rest", "easy:60", "easy:60" },
    .day_before = "long:90",
    .n_expected = 1, .expected = { { WARNING, MON } },
    .reason_has = "long run on Sunday (the day before this week) and the interval session "
                  "on Monday" },
  { "r1/week-boundary-easy", "R1",
    { "interval:30", "easy:60", "tempo:30", "easy:60", "rest", "easy:60", "easy:60" },
    .day_before = "easy:60+mobility:10" },
  { "r1/week-boundary-48h", "R1",
    { "rest", "interval:30", "easy:60", "tempo:30", "easy:60", "long:90", "easy:60" },
    .day_before = "race:40" },
  { "r1/simple-4-day", "R1", SIMPLE_4_DAY,
    .n_expected = 1, .expected = { { WARNING, MON | TUE } },
    .reason_has = "interval session on Monday and the tempo run on Tuesday",
    .fix_has = "Move the tempo run on Tuesday to Wednesday" },
  { "r1/recovery-first", "R1", RECOVERY_FIRST },
  { "r1/half-marathon", "R1", HALF_MARATHON },

  /* R2 rest */
  { "r2/rest-day", "R2", QUIET_WEEK },
  { "r2/empty-day", "R2",
    { NULL, "interval:30", "easy:60", "tempo:30", "easy:60", "long:90", "easy:70" } },
  { "r2/recovery-and-mobility", "R2",
    { "recovery:30+mobility:15", "interval:30", "easy:60", "tempo:30", "easy:60", "long:90",
      "easy:70" } },
  { "r2/all-days-busy", "R2",
    { "easy:30", "interval:30", "easy:60", "tempo:30", "easy:60", "long:90", "easy:70" },
    .n_expected = 1, .expected = { { WARNING, 0 } },
    .fix_has = "Make Monday a rest day" },
  { "r2/strength-is-not-rest", "R2",
    { "strength:40", "interval:30", "easy:60", "tempo:30", "easy:60", "long:90", "easy:70" },
    .n_expected = 1, .expected = { { WARNING, 0 } } },
  { "r2/cross-is-not-rest", "R2",
    { "cross:45", "interval:30", "easy:60", "tempo:30", "easy:60", "long:90", "easy:70" },
    .n_expected = 1, .expected = { { WARNING, 0 } } },
  { "r2/recovery-first", "R2", RECOVERY_FIRST },
  { "r2/half-marathon", "R2", HALF_MARATHON },
  { "r2/simple-4-day", "R2", SIMPLE_4_DAY },

  /* R3 intensity split. Quality sessions count less their warm-up and
   * cool-down (half, at most 30 min): 60 min intervals and tempo are 30
   * min of quality each; of 300 min of running, 60 is exactly 20 %. */
  { "r3/exactly-20", "R3",
    { "rest", "interval:60", "easy:60", "tempo:60", "easy:40", "long:50", "easy:30" } },
  { "r3/just-above-20", "R3",
    { "rest", "interval:61", "easy:60", "tempo:60", "easy:40", "long:50", "easy:29" },
    .n_expected = 1, .expected = { { WARNING, TUE | THU } },
    .reason_has = "20.3 % of running time is quality" },
  /* 241 of 1204 min is 20.02 %: shown as 20.1 %, not as the 20 % it is above. */
  { "r3/rounding-stays-above-limit", "R3",
    { "rest", "interval:151", "easy:240", "tempo:150", "easy:240", "easy:240", "easy:183" },
    .n_expected = 1, .expected = { { WARNING, TUE | THU } },
    .reason_has = "20.1 % of running time" },
  { "r3/25", "R3",
    { "rest", "interval:70", "easy:50", "tempo:70", "easy:50", "long:80", NULL },
    .n_expected = 1, .expected = { { WARNING, TUE | THU } },
    .reason_has = "25 % of running time is quality; aim for 10-20 %",
    .fix_has = "about 16 min" },
  /* 40 min of hills and a 40 min race: 20 + 20 of quality in 140. */
  { "r3/hills-and-race", "R3",
    { "rest", "hills:40", "easy:30", NULL, "easy:30", NULL, "race:40" },
    .n_expected = 1, .expected = { { WARNING, TUE | SUN } },
    .reason_has = "28.6 %" },
  { "r3/no-running", "R3",
    { "rest", "cross:60", "strength:40", "mobility:20", "cross:60", NULL, "rest" } },
  { "r3/quality-without-duration", "R3",
    { "rest", "interval", "easy:60", "tempo:-:8000", "easy:60", "long:70", "easy:50" } },
  { "r3/little-quality", "R3",
    { "rest", "easy:60", "easy:60", "tempo:10", "easy:60", "long:90", "easy:60" } },

  /* R4 ramp */
  { "r4/plus-10", "R4", WEEK_330, .n_previous = 1, .previous_min = { 300 } },
  { "r4/plus-15", "R4", WEEK_345, .n_previous = 1, .previous_min = { 300 },
    .n_expected = 1, .expected = { { WARNING, 0 } },
    .reason_has = "from 5 h last week to 5 h 45 min (+15 %)",
    .fix_has = "Trim about 15 min, for example from the easy runs, so the week stays at or "
               "under 5 h 30 min" },
  { "r4/only-last-week-counts", "R4", WEEK_345, .n_previous = 2, .previous_min = { 300, 345 },
    .n_expected = 1, .expected = { { WARNING, 0 } } },
  { "r4/no-previous-week", "R4", WEEK_345 },
  { "r4/previous-week-empty", "R4", WEEK_345, .n_previous = 1, .previous_min = { 0 } },
  { "r4/race-week", "R4",
    { "rest", "interval:30", "easy:60", "tempo:30", "easy:60", "easy:90", "race:75" },
    .n_previous = 1, .previous_min = { 300 } },
  { "r4/lighter-week", "R4", WEEK_330, .n_previous = 1, .previous_min = { 400 } },

  /* R5 cutback: previous weeks most recent first */
  { "r5/four-rising-weeks", "R5", WEEK_330, .n_previous = 4,
    .previous_min = { 300, 290, 280, 270 },
    .n_expected = 1, .expected = { { WARNING, 0 } },
    .reason_has = "4 h 30 min, 4 h 40 min, 4 h 50 min, 5 h, then 5 h 30 min",
    .fix_has = "3 h 51 min to 4 h 40 min" },
  { "r5/cutback-among-them", "R5", WEEK_330, .n_previous = 4,
    .previous_min = { 300, 230, 280, 270 } },
  { "r5/cutback-exactly-85", "R5", WEEK_330, .n_previous = 4,
    .previous_min = { 300, 238, 280, 270 } },
  { "r5/cutback-too-small", "R5", WEEK_330, .n_previous = 4,
    .previous_min = { 300, 239, 280, 270 },
    .n_expected = 1, .expected = { { WARNING, 0 } } },
  { "r5/this-week-is-cutback", "R5",
    { "rest", "interval:25", "easy:45", "tempo:25", "easy:45", "long:70", "easy:45" },
    .n_previous = 4, .previous_min = { 300, 290, 280, 270 } },
  /* The oldest week has nothing before it in the window to be lighter than. */
  { "r5/only-oldest-light", "R5", WEEK_330, .n_previous = 4,
    .previous_min = { 300, 290, 280, 200 },
    .n_expected = 1, .expected = { { WARNING, 0 } } },
  { "r5/three-previous-weeks", "R5", WEEK_330, .n_previous = 3,
    .previous_min = { 300, 290, 280 } },
  { "r5/previous-week-empty", "R5", WEEK_330, .n_previous = 4,
    .previous_min = { 300, 290, 0, 270 } },
  { "r5/race-week", "R5",
    { "rest", "interval:30", "easy:60", "tempo:30", "easy:60", "race:90", "easy:60" },
    .n_previous = 4, .previous_min = { 300, 290, 280, 270 } },

  /* R6 legs */
  { "r6/strength-before-intervals", "R6",
    { "strength:40", "interval:30", "easy:60", "tempo:30", "easy:60", "long:90", "easy:70" },
    .n_expected = 1, .expected = { { WARNING, MON | TUE } },
    .reason_has = "Strength work on Monday leaves heavy legs for the interval session on "
                  "Tuesday",
    .fix_has = "Move the strength session on Monday to Sunday" },
  { "r6/strength-before-long", "R6",
    { "rest", "interval:30", "easy:60", "tempo:30", "easy:60+strength:30", "long:90",
      "easy:70" },
    .n_expected = 1, .expected = { { WARNING, FRI | SAT } } },
  { "r6/strength-before-tempo", "R6",
    { "rest", "interval:30", "strength:40", "tempo:30", "easy:60", "long:90", "easy:70" },
    .n_expected = 1, .expected = { { WARNING, WED | THU } } },
  { "r6/week-boundary", "R6",
    { "tempo:30", "easy:60", "interval:30", "easy:60", "rest", "long:90", "easy:60" },
    .day_before = "strength:45",
    .n_expected = 1, .expected = { { WARNING, MON } } },
  { "r6/strength-after-intervals", "R6",
    { "rest", "interval:30+strength:30", "easy:60", "tempo:30", "easy:60", "long:90",
      "easy:70" } },
  { "r6/strength-before-easy", "R6",
    { "rest", "interval:30", "strength:40", "easy:60", "tempo:30", "easy:40", "long:90" } },
  { "r6/strength-on-last-day", "R6",
    { "rest", "interval:30", "easy:60", "tempo:30", "easy:60", "long:90", "strength:40" } },
  /* DOMAIN.md names intervals, tempo and long runs only. */
  { "r6/strength-before-hills", "R6",
    { "rest", "strength:40", "hills:30", "easy:60", "easy:60", "long:90", "easy:70" } },

  /* R7 long-run share, 300 min of running */
  { "r7/30", "R7",
    { "rest", "interval:30", "easy:60", "tempo:30", "easy:40", "long:90", "easy:50" } },
  { "r7/32", "R7",
    { "rest", "interval:30", "easy:60", "tempo:30", "easy:34", "long:96", "easy:50" },
    .n_expected = 1, .expected = { { INFO, SAT } },
    .reason_has = "32 %" },
  { "r7/35", "R7",
    { "rest", "interval:30", "easy:60", "tempo:30", "easy:25", "long:105", "easy:50" },
    .n_expected = 1, .expected = { { INFO, SAT } } },
  { "r7/40", "R7",
    { "rest", "interval:30", "easy:45", "tempo:30", "easy:25", "long:120", "easy:50" },
    .n_expected = 1, .expected = { { WARNING, SAT } },
    .reason_has = "40 % of running time",
    .fix_has = "Shorten the long run to about 1 h," },
  { "r7/only-run", "R7",
    { "long:120", NULL, NULL, NULL, NULL, NULL, NULL },
    .n_expected = 1, .expected = { { WARNING, MON } },
    .fix_has = "Add easy running" },
  { "r7/no-long-run", "R7",
    { "rest", "interval:30", "easy:60", "tempo:30", "easy:60", "easy:90", "easy:50" } },
  { "r7/long-run-without-duration", "R7",
    { "rest", "interval:30", "easy:60", "tempo:30", "easy:60", "long:-:25000", "easy:50" } },
};

static void
assert_well_formed (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const RbdFinding *finding = g_ptr_array_index (findings, i);

      g_assert_nonnull (finding->rule);
      g_assert_cmpuint (strlen (finding->rule), ==, 2);
      g_assert_cmpint (finding->rule[0], ==, 'R');
      g_assert_cmpint (finding->rule[1], >=, '1');
      g_assert_cmpint (finding->rule[1], <=, '7');
      g_assert_cmpuint (finding->days & ~0x7fu, ==, 0);
      g_assert_true (finding->severity == INFO || finding->severity == WARNING);
      g_assert_nonnull (finding->reason);
      g_assert_nonnull (finding->fix);
      g_assert_cmpuint (strlen (finding->reason), >, 10);
      g_assert_cmpuint (strlen (finding->fix), >, 10);
      g_assert_null (strchr (finding->reason, '\n'));
      g_assert_null (strchr (finding->fix, '\n'));

      if (i > 0)
        {
          const RbdFinding *before = g_ptr_array_index (findings, i - 1);
          int cmp = strcmp (before->rule, finding->rule);

          g_assert_cmpint (cmp, <=, 0);
          if (cmp == 0)
            g_assert_cmpint (g_bit_nth_lsf (before->days, -1), <=,
                             g_bit_nth_lsf (finding->days, -1));
        }
    }
}

static GPtrArray *
check_case (const CheckCase *c)
{
  RbdPlanWeek week;
  RbdWeekSummary previous[4];
  RbdPlanContext context = { 0 };
  g_autoptr(GPtrArray) day_before = NULL;
  GPtrArray *findings;

  coach_test_week_init (&week, START, c->days);

  if (c->day_before != NULL)
    {
      GDate date = week.start;

      g_date_subtract_days (&date, 1);
      day_before = coach_test_day_new (&date, c->day_before);
      context.day_before = day_before;
    }

  memset (previous, 0, sizeof previous);
  g_assert_cmpuint (c->n_previous, <=, G_N_ELEMENTS (previous));
  for (guint i = 0; i < c->n_previous; i++)
    previous[i].running_s = c->previous_min[i] * 60;
  context.previous = previous;
  context.n_previous = c->n_previous;

  findings = rbd_plan_check (&week, &context);
  coach_test_week_clear (&week);

  return findings;
}

static void
test_case (gconstpointer data)
{
  const CheckCase *c = data;
  g_autoptr(GPtrArray) findings = check_case (c);
  g_autoptr(GPtrArray) matching = g_ptr_array_new ();

  g_assert_nonnull (findings);
  assert_well_formed (findings);

  for (guint i = 0; i < findings->len; i++)
    {
      RbdFinding *finding = g_ptr_array_index (findings, i);

      g_test_message ("%s %s %#x: %s. %s", finding->rule,
                      finding->severity == WARNING ? "warning" : "info",
                      finding->days, finding->reason, finding->fix);
      if (g_str_equal (finding->rule, c->rule))
        g_ptr_array_add (matching, finding);
    }

  g_assert_cmpuint (matching->len, ==, c->n_expected);
  for (guint i = 0; i < c->n_expected; i++)
    {
      const RbdFinding *finding = g_ptr_array_index (matching, i);

      g_assert_cmpint (finding->severity, ==, c->expected[i].severity);
      g_assert_cmphex (finding->days, ==, c->expected[i].days);
    }

  if (c->reason_has != NULL || c->fix_has != NULL)
    {
      const RbdFinding *finding;

      g_assert_cmpuint (matching->len, >, 0);
      finding = g_ptr_array_index (matching, 0);
      if (c->reason_has != NULL)
        g_assert_nonnull (strstr (finding->reason, c->reason_has));
      if (c->fix_has != NULL)
        g_assert_nonnull (strstr (finding->fix, c->fix_has));
    }
}

/* A week breaking most rules at once: everything comes back, ordered by
 * rule and then by day. */
static void
test_order (void)
{
  static const CheckCase c = {
    "order", NULL,
    { "strength:40", "interval:60", "tempo:60", "easy:20", "hills:50+tempo:20", "long:200",
      "race:30" },
  };
  /* Same first day: the narrower mask first, so "Friday" comes before
   * "Friday and Saturday". */
  static const guint r1_days[] = { TUE | WED, FRI, FRI | SAT, SAT | SUN };
  g_autoptr(GPtrArray) findings = check_case (&c);
  gboolean seen[8] = { FALSE };

  assert_well_formed (findings);
  g_assert_cmpuint (findings->len, >, G_N_ELEMENTS (r1_days));

  for (guint i = 0; i < G_N_ELEMENTS (r1_days); i++)
    {
      const RbdFinding *finding = g_ptr_array_index (findings, i);

      g_assert_cmpstr (finding->rule, ==, "R1");
      g_assert_cmphex (finding->days, ==, r1_days[i]);
    }
  g_assert_cmpstr (((RbdFinding *) findings->pdata[G_N_ELEMENTS (r1_days)])->rule, !=, "R1");

  for (guint i = 0; i < findings->len; i++)
    {
      const RbdFinding *finding = g_ptr_array_index (findings, i);

      seen[finding->rule[1] - '0'] = TRUE;
    }

  /* R2 (no light day), R3 (50 % quality), R6 (strength before intervals)
   * and R7 (long run 45 %) hold too; R4 and R5 need previous weeks. */
  g_assert_true (seen[2]);
  g_assert_true (seen[3]);
  g_assert_false (seen[4]);
  g_assert_false (seen[5]);
  g_assert_true (seen[6]);
  g_assert_true (seen[7]);
}

static void
test_no_context (void)
{
  static const char * const days[7] = SIMPLE_4_DAY;
  g_autoptr(GPtrArray) findings = NULL;
  RbdPlanWeek week;

  coach_test_week_init (&week, START, days);
  findings = rbd_plan_check (&week, NULL);
  coach_test_week_clear (&week);

  assert_well_formed (findings);
  g_assert_cmpuint (findings->len, >=, 1);
  g_assert_cmpstr (((RbdFinding *) findings->pdata[0])->rule, ==, "R1");
}

static void
test_empty_week (void)
{
  static const char * const days[7] = { NULL };
  RbdWeekSummary previous[4] = { { 0 } };
  RbdPlanContext context = { NULL, previous, G_N_ELEMENTS (previous) };
  g_autoptr(GPtrArray) findings = NULL;
  RbdPlanWeek week;

  for (guint i = 0; i < G_N_ELEMENTS (previous); i++)
    previous[i].running_s = 3600 * (5 - i);

  /* Nothing planned is a rest week, not a problem. */
  coach_test_week_init (&week, START, days);
  findings = rbd_plan_check (&week, &context);
  coach_test_week_clear (&week);

  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_boxed (void)
{
  RbdFinding finding = {
    (char *) "R6", RBD_SEVERITY_WARNING, MON | TUE,
    (char *) "Heavy legs", (char *) "Move the strength session",
  };
  g_autoptr(RbdFinding) copy = g_boxed_copy (RBD_TYPE_FINDING, &finding);

  g_assert_true (G_TYPE_IS_BOXED (RBD_TYPE_FINDING));
  g_assert_true (copy != &finding);
  g_assert_true (copy->rule != finding.rule);
  g_assert_cmpstr (copy->rule, ==, "R6");
  g_assert_cmpint (copy->severity, ==, RBD_SEVERITY_WARNING);
  g_assert_cmphex (copy->days, ==, MON | TUE);
  g_assert_cmpstr (copy->reason, ==, "Heavy legs");
  g_assert_cmpstr (copy->fix, ==, "Move the strength session");

  rbd_finding_free (NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/plan-checker/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  g_test_add_func ("/plan-checker/order", test_order);
  g_test_add_func ("/plan-checker/no-context", test_no_context);
  g_test_add_func ("/plan-checker/empty-week", test_empty_week);
  g_test_add_func ("/plan-checker/boxed", test_boxed);

  return g_test_run ();
}
