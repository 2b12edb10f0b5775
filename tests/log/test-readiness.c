/* test-readiness.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "log-test-history.h"
#include "rbd-readiness.h"

/* Every case is judged on Monday 2026-11-30 (day 0). A history is a
 * steady baseline, then the recent days, then single days written out
 * (which replace the generated ones), all as in log-test-history.h:
 * "sleep_h:sleep_quality:rest_hr:hrv:soreness:mood:motivation:illness". */
#define DAY "2026-11-30"

/* A runner who is fine: 7.5 h of good sleep, resting HR 48, HRV 60. */
#define FINE "7.5:4:48:60:2:4:4:0"

#define BIT(kind) (1u << (kind))
#define HEAVY_LEGS BIT (RBD_SIGN_HEAVY_LEGS)
#define EASY_PACE  BIT (RBD_SIGN_EASY_PACE)
#define SLEEP      BIT (RBD_SIGN_SLEEP)
#define ILLNESS    BIT (RBD_SIGN_ILLNESS)
#define MOOD       BIT (RBD_SIGN_MOOD)
#define REST_HR    BIT (RBD_SIGN_REST_HR)
#define HRV        BIT (RBD_SIGN_HRV)

#define WATCH   RBD_SIGN_SEVERITY_WATCH
#define WARNING RBD_SIGN_SEVERITY_WARNING

/* Easy runs of 10 km at 140 bpm: in 50 min before (1.43 m a beat), in
 * 55 min lately (1.30 m a beat, 9 % less). */
#define EASY_BEFORE \
  "-50:easy:4:50:10:140", "-45:easy:4:50:10:140", "-40:recovery:3:50:10:140", \
  "-35:easy:4:50:10:140", "-30:easy:4:50:10:140", "-25:easy:4:50:10:140", \
  "-20:easy:4:50:10:140", "-16:easy:4:50:10:140"
#define EASY_SLOWER "-12:easy:4:55:10:140", "-8:easy:4:55:10:140", "-4:easy:4:55:10:140"

typedef struct
{
  const char        *name;
  int                base_from;       /* 0: no baseline */
  int                base_to;
  const char        *base;
  int                recent_from;     /* 1: no recent days */
  const char        *recent;
  const char        *days[12];        /* single check-ins, replacing generated ones */
  const char        *sessions[16];
  guint              signs;           /* the signs that hold, as bits */
  RbdSignKind        focus;           /* looked at closely when in signs */
  int                since;
  guint              n_days;
  RbdSignSeverity    severity;
  const char        *evidence;
  RbdReadinessLevel  level;
  gboolean           injury;
  int                injury_since;
} ReadinessCase;

#define STEADY(recent_values) -40, -7, FINE, -6, recent_values

static const ReadinessCase cases[] = {
  { "all-well", STEADY (FINE), .level = RBD_READINESS_GOOD },
  { "no-data", 0, 0, NULL, 1, NULL, .level = RBD_READINESS_GOOD },

  /* Resting heart rate */
  { "rest-hr/up", STEADY ("7.5:4:54:60:2:4:4:0"),
    .signs = REST_HR, .focus = RBD_SIGN_REST_HR, .since = -6, .n_days = 7, .severity = WATCH,
    .evidence = "Resting heart rate 6 bpm above your 28-day average for 7 days",
    .level = RBD_READINESS_WATCH },
  { "rest-hr/up-4", STEADY ("7.5:4:52:60:2:4:4:0"), .level = RBD_READINESS_GOOD },
  /* One high morning is a single point, not a trend: 51.1 on average. */
  { "rest-hr/one-morning", STEADY (FINE), { "0:7.5:4:70:60:2:4:4:0" },
    .level = RBD_READINESS_GOOD },
  /* Up for ten days and 11 bpm: a warning either way. */
  { "rest-hr/long", -40, -10, FINE, -9, "7.5:4:59:60:2:4:4:0",
    .signs = REST_HR, .focus = RBD_SIGN_REST_HR, .since = -9, .n_days = 10,
    .severity = WARNING, .level = RBD_READINESS_WATCH },
  /* Today back to normal while the average is still up: since the day the
   * average first crossed (day -5: 5 x 55 and 2 x 48 is 53, 5 above). */
  { "rest-hr/today-normal", -40, -10, FINE, -9, "7.5:4:55:60:2:4:4:0", { "0:7.5:4:48:60:2:4:4:0" },
    .signs = REST_HR, .focus = RBD_SIGN_REST_HR, .since = -5, .n_days = 6, .severity = WATCH,
    .level = RBD_READINESS_WATCH },
  /* Nine days of baseline are not enough to compare with. */
  { "rest-hr/short-baseline", -15, -7, FINE, -6, "7.5:4:56:60:2:4:4:0",
    .level = RBD_READINESS_GOOD },
  /* Three recent mornings are not enough either. */
  { "rest-hr/few-recent", -40, -7, FINE, -2, "7.5:4:56:60:2:4:4:0",
    .level = RBD_READINESS_GOOD },
  /* A missing resting HR is not a low or high one. */
  { "rest-hr/missing", STEADY ("7.5:4:-:60:2:4:4:0"), .level = RBD_READINESS_GOOD },

  /* HRV */
  { "hrv/down", STEADY ("7.5:4:48:53:2:4:4:0"),
    .signs = HRV, .focus = RBD_SIGN_HRV, .since = -6, .n_days = 7, .severity = WATCH,
    .evidence = "HRV 12 % below your 28-day average for 7 days", .level = RBD_READINESS_WATCH },
  { "hrv/down-7-percent", STEADY ("7.5:4:48:56:2:4:4:0"), .level = RBD_READINESS_GOOD },
  { "hrv/exactly-10-percent", STEADY ("7.5:4:48:54:2:4:4:0"),
    .signs = HRV, .focus = RBD_SIGN_HRV, .since = -6, .n_days = 7, .severity = WATCH,
    .level = RBD_READINESS_WATCH },
  { "hrv/up", STEADY ("7.5:4:48:70:2:4:4:0"), .level = RBD_READINESS_GOOD },

  /* Several signs */
  { "several/more-than-a-week", -40, -10, FINE, -9, "7.5:4:54:53:2:4:4:0",
    .signs = REST_HR | HRV, .focus = RBD_SIGN_HRV, .since = -9, .n_days = 10,
    .severity = WARNING, .level = RBD_READINESS_BACK_OFF },
  { "several/one-week", STEADY ("7.5:4:54:53:2:4:4:0"),
    .signs = REST_HR | HRV, .focus = RBD_SIGN_REST_HR, .since = -6, .n_days = 7,
    .severity = WATCH, .level = RBD_READINESS_WATCH },

  /* Mood and motivation */
  { "mood/motivation-down", STEADY ("7.5:4:48:60:2:4:3:0"),
    .signs = MOOD, .focus = RBD_SIGN_MOOD, .since = -6, .n_days = 7, .severity = WATCH,
    .evidence = "Motivation 3.0 of 5 over the last 7 days, 1.0 lower than your 28-day average",
    .level = RBD_READINESS_WATCH },
  { "mood/mood-down", STEADY ("7.5:4:48:60:2:2:4:0"),
    .signs = MOOD, .focus = RBD_SIGN_MOOD, .since = -6, .n_days = 7, .severity = WARNING,
    .evidence = "Mood 2.0 of 5 over the last 7 days, 2.0 lower", .level = RBD_READINESS_WATCH },
  /* Three flat days in seven: 3.6 on average. */
  { "mood/a-few-flat-days", STEADY (FINE),
    { "-5:7.5:4:48:60:2:3:4:0", "-3:7.5:4:48:60:2:3:4:0", "-1:7.5:4:48:60:2:3:4:0" },
    .level = RBD_READINESS_GOOD },

  /* Sleep, while tired (legs sore on 4 separate days) */
  { "sleep/less-while-tired", STEADY ("6.5:4:48:60:2:4:4:0"),
    { "-6:6.5:4:48:60:4:4:4:0", "-4:6.5:4:48:60:4:4:4:0", "-2:6.5:4:48:60:4:4:4:0",
      "0:6.5:4:48:60:4:4:4:0" },
    .signs = SLEEP, .focus = RBD_SIGN_SLEEP, .since = -6, .n_days = 7, .severity = WATCH,
    .evidence = "6.5 h of sleep a night over the last 7 days, 1.0 h less than your 28-day "
                "average, while tired on 4 of those days",
    .level = RBD_READINESS_WATCH },
  { "sleep/quality-while-unmotivated", STEADY ("7.5:3:48:60:2:4:4:0"),
    { "-5:7.5:3:48:60:2:4:2:0", "-3:7.5:3:48:60:2:4:2:0", "-1:7.5:3:48:60:2:4:2:0",
      "0:7.5:3:48:60:2:4:2:0" },
    .signs = SLEEP | MOOD, .focus = RBD_SIGN_SLEEP, .since = -6, .n_days = 7, .severity = WATCH,
    .evidence = "Sleep quality 3.0 of 5", .level = RBD_READINESS_WATCH },
  { "sleep/less-but-fresh", STEADY ("6.5:4:48:60:2:4:4:0"), .level = RBD_READINESS_GOOD },
  { "sleep/tired-but-sleeping", STEADY (FINE),
    { "-6:7.5:4:48:60:4:4:4:0", "-4:7.5:4:48:60:4:4:4:0", "-2:7.5:4:48:60:4:4:4:0",
      "0:7.5:4:48:60:4:4:4:0" },
    .level = RBD_READINESS_GOOD },

  /* Illness and niggles */
  { "illness/twice", STEADY (FINE), { "-10:7.5:4:48:60:2:4:4:1", "-3:7.5:4:48:60:2:4:4:1" },
    .signs = ILLNESS, .focus = RBD_SIGN_ILLNESS, .since = -10, .n_days = 11, .severity = WARNING,
    .evidence = "Ill or a niggle on 2 separate occasions in the last 14 days",
    .level = RBD_READINESS_WATCH },
  { "illness/one-cold", STEADY (FINE),
    { "-4:7.5:4:48:60:2:4:4:1", "-3:7.5:4:48:60:2:4:4:1", "-2:7.5:4:48:60:2:4:4:1" },
    .level = RBD_READINESS_GOOD },
  { "illness/long-ago", STEADY (FINE), { "-20:7.5:4:48:60:2:4:4:1", "-3:7.5:4:48:60:2:4:4:1" },
    .level = RBD_READINESS_GOOD },

  /* Heavy legs and soreness */
  { "legs/five-days", STEADY (FINE),
    { "-4:7.5:4:48:60:5:4:4:0", "-3:7.5:4:48:60:5:4:4:0", "-2:7.5:4:48:60:5:4:4:0",
      "-1:7.5:4:48:60:6:4:4:0", "0:7.5:4:48:60:5:4:4:0" },
    .signs = HEAVY_LEGS, .focus = RBD_SIGN_HEAVY_LEGS, .since = -4, .n_days = 5,
    .severity = WATCH, .evidence = "on each of the last 5 days",
    .level = RBD_READINESS_WATCH, .injury = TRUE, .injury_since = -4 },
  { "legs/four-days", STEADY (FINE),
    { "-3:7.5:4:48:60:5:4:4:0", "-2:7.5:4:48:60:5:4:4:0", "-1:7.5:4:48:60:5:4:4:0",
      "0:7.5:4:48:60:5:4:4:0" },
    .level = RBD_READINESS_WATCH, .injury = TRUE, .injury_since = -3 },
  { "legs/three-days", STEADY (FINE),
    { "-2:7.5:4:48:60:5:4:4:0", "-1:7.5:4:48:60:5:4:4:0", "0:7.5:4:48:60:5:4:4:0" },
    .level = RBD_READINESS_GOOD },
  { "legs/mild", STEADY ("7.5:4:48:60:3:4:4:0"), .level = RBD_READINESS_GOOD },
  /* No check-in yet today: up to yesterday counts. */
  { "legs/today-not-in", -40, -7, FINE, 1, NULL,
    { "-6:7.5:4:48:60:2:4:4:0", "-5:7.5:4:48:60:5:4:4:0", "-4:7.5:4:48:60:5:4:4:0",
      "-3:7.5:4:48:60:5:4:4:0", "-2:7.5:4:48:60:5:4:4:0", "-1:7.5:4:48:60:5:4:4:0" },
    .signs = HEAVY_LEGS, .focus = RBD_SIGN_HEAVY_LEGS, .since = -5, .n_days = 6,
    .severity = WATCH, .evidence = "on each of the last 5 days",
    .level = RBD_READINESS_WATCH, .injury = TRUE, .injury_since = -5 },
  { "legs/better-today", STEADY (FINE),
    { "-5:7.5:4:48:60:5:4:4:0", "-4:7.5:4:48:60:5:4:4:0", "-3:7.5:4:48:60:5:4:4:0",
      "-2:7.5:4:48:60:5:4:4:0", "-1:7.5:4:48:60:5:4:4:0", "0:7.5:4:48:60:1:4:4:0" },
    .level = RBD_READINESS_GOOD },
  /* A day without a check-in breaks the run. */
  { "legs/gap", -40, -7, FINE, 1, NULL,
    { "-6:7.5:4:48:60:5:4:4:0", "-5:7.5:4:48:60:5:4:4:0", "-4:7.5:4:48:60:5:4:4:0",
      "-2:7.5:4:48:60:5:4:4:0", "-1:7.5:4:48:60:5:4:4:0", "0:7.5:4:48:60:5:4:4:0" },
    .level = RBD_READINESS_GOOD },
  /* Soreness logged with the sessions counts too. */
  { "legs/from-sessions", 0, 0, NULL, 1, NULL, { NULL },
    { "-3:easy:4:40:8:-:6", "-2:easy:4:40:8:-:6", "-1:recovery:3:30:5:-:5", "0:easy:4:40:8:-:7" },
    .level = RBD_READINESS_WATCH, .injury = TRUE, .injury_since = -3 },

  /* Easy pace at the same heart rate */
  { "pace/slower", STEADY (FINE), { NULL }, { EASY_BEFORE, EASY_SLOWER },
    .signs = EASY_PACE, .focus = RBD_SIGN_EASY_PACE, .since = -12, .n_days = 13,
    .severity = WARNING,
    .evidence = "Easy runs 9 % slower at the same heart rate than in the 6 weeks before "
                "(3 recent runs)",
    .level = RBD_READINESS_WATCH },
  /* Slower, but at a lower heart rate: the same metres per beat. */
  { "pace/slower-lower-hr", STEADY (FINE), { NULL },
    { EASY_BEFORE, "-12:easy:4:55:10:127", "-8:easy:4:55:10:127", "-4:easy:4:55:10:127" },
    .level = RBD_READINESS_GOOD },
  { "pace/two-runs", STEADY (FINE), { NULL },
    { EASY_BEFORE, "-8:easy:4:55:10:140", "-4:easy:4:55:10:140" },
    .level = RBD_READINESS_GOOD },
  { "pace/long-runs-ignored", STEADY (FINE), { NULL },
    { EASY_BEFORE, "-12:long:6:120:20:140", "-8:long:6:120:20:140", "-4:long:6:120:20:140" },
    .level = RBD_READINESS_GOOD },
  { "pace/no-heart-rate", STEADY (FINE), { NULL },
    { EASY_BEFORE, "-12:easy:4:55:10", "-8:easy:4:55:10", "-4:easy:4:55:10" },
    .level = RBD_READINESS_GOOD },
};

static gboolean
has_day (const char * const *days,
         int                 offset)
{
  g_autofree char *prefix = g_strdup_printf ("%d:", offset);

  for (guint i = 0; days[i] != NULL; i++)
    {
      if (g_str_has_prefix (days[i], prefix))
        return TRUE;
    }

  return FALSE;
}

static GListStore *
build_checkins (const ReadinessCase *c,
                const GDate         *day)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (int d = c->base_from; c->base != NULL && d <= c->base_to; d++)
    {
      if (!has_day (c->days, d))
        g_ptr_array_add (lines, g_strdup_printf ("%d:%s", d, c->base));
    }
  for (int d = c->recent_from; c->recent != NULL && d <= 0; d++)
    {
      if (!has_day (c->days, d))
        g_ptr_array_add (lines, g_strdup_printf ("%d:%s", d, c->recent));
    }
  for (guint i = 0; c->days[i] != NULL; i++)
    g_ptr_array_add (lines, g_strdup (c->days[i]));
  g_ptr_array_add (lines, NULL);

  return log_test_checkins (day, (const char * const *) lines->pdata);
}

static void
assert_offset (const GDate *date,
               const GDate *day,
               int          offset)
{
  g_assert_cmpint (g_date_days_between (day, date), ==, offset);
}

static void
test_case (gconstpointer data)
{
  const ReadinessCase *c = data;
  g_autoptr(GListStore) checkins = NULL;
  g_autoptr(GListStore) sessions = NULL;
  g_autoptr(RbdReadiness) readiness = NULL;
  guint found = 0;
  GDate day;

  log_test_day (DAY, &day);
  checkins = build_checkins (c, &day);
  sessions = log_test_sessions (&day, c->sessions);
  readiness = rbd_readiness_assess (G_LIST_MODEL (checkins), G_LIST_MODEL (sessions), &day);

  for (guint i = 0; i < readiness->signs->len; i++)
    {
      const RbdSign *sign = &g_array_index (readiness->signs, RbdSign, i);

      g_test_message ("%s since %+d (%u days, %s): %s", rbd_sign_kind_to_string (sign->kind),
                      g_date_days_between (&day, &sign->since), sign->days,
                      sign->severity == WARNING ? "warning" : "watch", sign->evidence);
      g_assert_nonnull (sign->evidence);
      g_assert_nonnull (rbd_sign_kind_get_title (sign->kind));
      found |= BIT (sign->kind);
    }
  g_assert_cmphex (found, ==, c->signs);

  if (c->signs & BIT (c->focus))
    {
      const RbdSign *sign = rbd_readiness_find (readiness, c->focus);

      g_assert_nonnull (sign);
      assert_offset (&sign->since, &day, c->since);
      g_assert_cmpuint (sign->days, ==, c->n_days);
      g_assert_cmpint (sign->severity, ==, c->severity);
      if (c->evidence != NULL)
        g_assert_nonnull (strstr (sign->evidence, c->evidence));
    }

  g_assert_cmpint (readiness->level, ==, c->level);
  if (c->level == RBD_READINESS_GOOD)
    g_assert_null (readiness->action);
  else
    g_assert_nonnull (readiness->action);
  if (c->level == RBD_READINESS_BACK_OFF)
    g_assert_nonnull (strstr (readiness->action, "30–50 percent"));

  g_assert_cmpint (readiness->possible_injury, ==, c->injury);
  if (c->injury)
    {
      g_test_message ("injury: %s", readiness->injury_evidence);
      assert_offset (&readiness->injury_since, &day, c->injury_since);
      g_assert_nonnull (strstr (readiness->injury_advice, "see a physiotherapist"));
    }
  else
    {
      g_assert_null (readiness->injury_evidence);
    }
}

/* What comes after the day judged is not looked at. */
static void
test_future_ignored (void)
{
  const char *future[] = {
    "1:7.5:4:70:30:8:1:1:1", "2:7.5:4:70:30:8:1:1:1", "3:7.5:4:70:30:8:1:1:1",
    "4:7.5:4:70:30:8:1:1:1", "5:7.5:4:70:30:8:1:1:1", NULL
  };
  g_autoptr(GListStore) checkins = NULL;
  g_autoptr(GListStore) more = NULL;
  g_autoptr(GListStore) sessions = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(RbdReadiness) readiness = NULL;
  GDate day;

  log_test_day (DAY, &day);
  checkins = build_checkins (&cases[0], &day);
  more = log_test_checkins (&day, future);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (more)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (more), i);

      g_list_store_append (checkins, item);
    }

  readiness = rbd_readiness_assess (G_LIST_MODEL (checkins), G_LIST_MODEL (sessions), &day);
  g_assert_cmpuint (readiness->signs->len, ==, 0);
  g_assert_false (readiness->possible_injury);
}

static void
test_sign_names (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (RbdSignKind kind = 0; kind < RBD_N_SIGNS; kind++)
    {
      const char *id = rbd_sign_kind_to_string (kind);

      g_assert_nonnull (id);
      g_assert_false (g_hash_table_contains (ids, id));
      g_hash_table_add (ids, (gpointer) id);
    }
  g_assert_cmpstr (rbd_sign_kind_to_string (RBD_SIGN_REST_HR), ==, "rest-hr");
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
      g_autofree char *path = g_strdup_printf ("/readiness/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/readiness/future-ignored", test_future_ignored);
  g_test_add_func ("/readiness/sign-names", test_sign_names);

  return g_test_run ();
}
