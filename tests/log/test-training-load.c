/* test-training-load.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "log-test-history.h"
#include "rbd-training-load.h"

/* Every reference day is Monday 2026-11-30. Day -27 is the first day of
 * the 28-day window, day -6 the first of the 7-day one. */
#define DAY "2026-11-30"

typedef struct
{
  int    rpe;
  int    minutes;
  double load;
} SessionLoadCase;

static void
test_session_load (void)
{
  const SessionLoadCase cases[] = {
    { 7, 55, 385 },
    { 5, 45, 225 },
    { 10, 1, 10 },
    { 1, 0, 0 },
    { -1, 60, -1 },
    { 6, -1, -1 },
    { -1, -1, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RbdSession) session = rbd_session_new ();

      if (cases[i].rpe != -1)
        rbd_record_set_int (RBD_RECORD (session), "rpe", cases[i].rpe);
      if (cases[i].minutes != -1)
        rbd_record_set_int (RBD_RECORD (session), "duration_s", cases[i].minutes * 60);

      g_assert_cmpfloat (rbd_session_get_load (session), ==, cases[i].load);
    }

  /* 90 s at RPE 10 is 15, not 10: minutes are not rounded. */
  {
    g_autoptr(RbdSession) session = rbd_session_new ();

    rbd_record_set_int (RBD_RECORD (session), "rpe", 10);
    rbd_record_set_int (RBD_RECORD (session), "duration_s", 90);
    g_assert_cmpfloat (rbd_session_get_load (session), ==, 15);
  }
}

typedef struct
{
  double      ratio;
  RbdLoadBand band;
} BandCase;

static void
test_bands (void)
{
  const BandCase cases[] = {
    { 0.0, RBD_LOAD_BAND_LOW },
    { 0.79, RBD_LOAD_BAND_LOW },
    { 0.8, RBD_LOAD_BAND_SAFE },
    { 1.0, RBD_LOAD_BAND_SAFE },
    { 1.3, RBD_LOAD_BAND_SAFE },
    { 1.31, RBD_LOAD_BAND_ELEVATED },
    { 1.5, RBD_LOAD_BAND_ELEVATED },
    { 1.51, RBD_LOAD_BAND_SPIKE },
    { 4.0, RBD_LOAD_BAND_SPIKE },
    { -1, RBD_LOAD_BAND_NONE },
  };
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (rbd_load_band_for_ratio (cases[i].ratio), ==, cases[i].band);

  for (RbdLoadBand band = RBD_LOAD_BAND_NONE; band <= RBD_LOAD_BAND_SPIKE; band++)
    {
      const char *label = rbd_load_band_get_label (band);

      g_assert_nonnull (label);
      g_assert_false (g_hash_table_contains (labels, label));
      g_hash_table_add (labels, (gpointer) label);
    }
  g_assert_cmpstr (rbd_load_band_get_label (RBD_LOAD_BAND_SAFE), ==, "Safe");
}

typedef struct
{
  const char  *name;
  const char  *sessions[12];
  double       acute;
  double       chronic;
  double       ratio;
  RbdLoadBand  band;
  guint        n_without_load;
} AcwrCase;

/* One session at the start of each of the three older weeks (days -27,
 * -20, -13) with load B, and one on day -6 with load A: the ratio is
 * 4A / (A + 3B). */
#define OLDER_WEEKS(b) "-27:" b, "-20:" b, "-13:" b

static const AcwrCase acwr_cases[] = {
  /* 4 x 420 / (420 + 3 x 260) = 1680 / 1200 */
  { "elevated", { "-6:tempo:7:60", OLDER_WEEKS ("easy:4:65") },
    420, 300, 1.4, RBD_LOAD_BAND_ELEVATED },
  /* 1560 / (390 + 810) */
  { "exactly-1.3", { "-6:tempo:6:65", OLDER_WEEKS ("easy:6:45") },
    390, 300, 1.3, RBD_LOAD_BAND_SAFE },
  /* 1800 / (450 + 750) */
  { "exactly-1.5", { "-6:race:9:50", OLDER_WEEKS ("easy:5:50") },
    450, 300, 1.5, RBD_LOAD_BAND_ELEVATED },
  /* 1200 / (300 + 1200) */
  { "exactly-0.8", { "0:easy:6:50", OLDER_WEEKS ("long:8:50") },
    300, 375, 0.8, RBD_LOAD_BAND_SAFE },
  /* 400 / (100 + 1200) = 0.3077 */
  { "low", { "-3:recovery:5:20", OLDER_WEEKS ("long:8:50") },
    100, 325, 100.0 / 325, RBD_LOAD_BAND_LOW },
  /* Last week 7 x 500, the three before 700 each: 4 x 3500 / 5600 */
  { "spike", { "-6:interval:10:50", "-5:tempo:10:50", "-4:easy:10:50", "-3:easy:10:50",
               "-2:long:10:50", "-1:easy:10:50", "0:easy:10:50",
               OLDER_WEEKS ("easy:10:70") },
    3500, (3500 + 2100) / 4.0, 2.5, RBD_LOAD_BAND_SPIKE },
  /* Outside the window: day -28 and tomorrow change nothing (and an
   * older session doesn't make the history shorter). */
  { "outside-window", { "-28:long:10:300", "1:race:10:300", "-7:easy:4:65",
                        "-6:tempo:7:60", "-27:easy:4:65", "-20:easy:4:65" },
    420, 300, 1.4, RBD_LOAD_BAND_ELEVATED },
  /* Two weeks of history: 4 x 300 / 600 = 2 would be a spike, but the
   * chronic load is counted short, so no band. */
  { "short-history", { "-13:easy:6:50", "-6:easy:6:50" },
    300, 150, 2.0, RBD_LOAD_BAND_NONE },
  /* Sessions without RPE or duration are counted, not weighed. */
  { "without-load", { "-6:easy:-:50", "-3:easy:5:-", "-27:easy:-:-", "-40:easy:5:40" },
    0, 0, RBD_UNSET, RBD_LOAD_BAND_NONE, 3 },
  { "mixed", { "-6:tempo:7:60", "-5:easy:-:40", OLDER_WEEKS ("easy:4:65"), "-20:mobility:-:15" },
    420, 300, 1.4, RBD_LOAD_BAND_ELEVATED, 2 },
  { "nothing", { NULL }, 0, 0, RBD_UNSET, RBD_LOAD_BAND_NONE },
};

static void
test_acwr (gconstpointer data)
{
  const AcwrCase *c = data;
  g_autoptr(GListStore) sessions = NULL;
  RbdAcwr acwr;
  GDate day;

  log_test_day (DAY, &day);
  sessions = log_test_sessions (&day, c->sessions);
  rbd_acwr_compute (G_LIST_MODEL (sessions), &day, &acwr);

  g_assert_cmpfloat_with_epsilon (acwr.acute, c->acute, 1e-9);
  g_assert_cmpfloat_with_epsilon (acwr.chronic, c->chronic, 1e-9);
  g_assert_cmpfloat_with_epsilon (acwr.ratio, c->ratio, 1e-9);
  g_assert_cmpint (acwr.band, ==, c->band);
  g_assert_cmpuint (acwr.n_without_load, ==, c->n_without_load);
}

/* The local day of the start counts, not the UTC one. */
static void
test_local_day (void)
{
  const char *starts[] = {
    "2026-11-24T00:30:00+01:00",    /* day -6 here, day -7 in UTC */
    "2026-11-23T23:30:00-05:00",    /* day -7 here, day -6 in UTC */
  };
  g_autoptr(GListStore) sessions = g_list_store_new (RBD_TYPE_SESSION);
  RbdAcwr acwr;
  GDate day;

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      g_autoptr(RbdSession) session = rbd_session_new ();

      rbd_record_set_string (RBD_RECORD (session), "start", starts[i]);
      rbd_record_set_int (RBD_RECORD (session), "rpe", 5);
      rbd_record_set_int (RBD_RECORD (session), "duration_s", 3600 * (i + 1));
      g_list_store_append (sessions, session);
    }

  log_test_day (DAY, &day);
  rbd_acwr_compute (G_LIST_MODEL (sessions), &day, &acwr);
  g_assert_cmpfloat (acwr.acute, ==, 300);
  g_assert_cmpfloat (acwr.chronic, ==, 900 / 4.0);
}

static void
test_weeks (void)
{
  const char *history[] = {
    /* Relative to Sunday 2026-12-06. */
    "-41:easy:5:60",                                       /* 300, before the chart */
    "-20:tempo:7:60", "-18:easy:4:45", "-16:long:6:90",    /* week 1: 420 + 180 + 540 */
    "-13:easy:5:40", "-10:interval:8:50", "-9:easy:-:30",  /* week 2: 200 + 400, 1 unweighed */
    "-6:easy:5:60", "-1:long:6:100", "0:race:9:40",        /* week 3: 300 + 600 + 360 */
    "1:easy:5:60",                                         /* after the chart */
    NULL
  };
  g_autoptr(GListStore) sessions = NULL;
  g_autoptr(GArray) weeks = NULL;
  const RbdLoadWeek *w;
  GDate last, expected;

  log_test_day ("2026-12-06", &last);
  sessions = log_test_sessions (&last, history);
  weeks = rbd_load_weeks (G_LIST_MODEL (sessions), &last, 3);
  g_assert_cmpuint (weeks->len, ==, 3);

  w = &g_array_index (weeks, RbdLoadWeek, 0);
  log_test_day ("2026-11-16", &expected);
  g_assert_cmpint (g_date_compare (&w->first_day, &expected), ==, 0);
  log_test_day ("2026-11-22", &expected);
  g_assert_cmpint (g_date_compare (&w->last_day, &expected), ==, 0);
  g_assert_cmpfloat (w->load, ==, 1140);
  g_assert_cmpuint (w->n_sessions, ==, 3);
  g_assert_cmpuint (w->n_without_load, ==, 0);
  /* 28 days to 2026-11-22 start on day -41: a full history. 4 x 1140 / (1140 + 300) */
  g_assert_cmpfloat_with_epsilon (w->acwr.ratio, 4 * 1140 / 1440.0, 1e-9);
  g_assert_cmpint (w->acwr.band, ==, RBD_LOAD_BAND_SPIKE);

  w = &g_array_index (weeks, RbdLoadWeek, 1);
  g_assert_cmpfloat (w->load, ==, 600);
  g_assert_cmpuint (w->n_sessions, ==, 2);
  g_assert_cmpuint (w->n_without_load, ==, 1);
  /* 28 days to 2026-11-29: 600 + 1140 (day -41 is out) */
  g_assert_cmpfloat_with_epsilon (w->acwr.ratio, 4 * 600 / 1740.0, 1e-9);
  g_assert_cmpint (w->acwr.band, ==, RBD_LOAD_BAND_ELEVATED);

  w = &g_array_index (weeks, RbdLoadWeek, 2);
  log_test_day ("2026-11-30", &expected);
  g_assert_cmpint (g_date_compare (&w->first_day, &expected), ==, 0);
  g_assert_cmpfloat (w->load, ==, 1260);
  g_assert_cmpuint (w->n_sessions, ==, 3);
  g_assert_cmpfloat_with_epsilon (w->acwr.ratio, 4 * 1260 / 3000.0, 1e-9);
  g_assert_cmpint (w->acwr.band, ==, RBD_LOAD_BAND_SPIKE);
  g_assert_cmpuint (w->acwr.n_without_load, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/training-load/session-load", test_session_load);
  g_test_add_func ("/training-load/bands", test_bands);
  for (guint i = 0; i < G_N_ELEMENTS (acwr_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/training-load/acwr/%s", acwr_cases[i].name);

      g_test_add_data_func (path, &acwr_cases[i], test_acwr);
    }
  g_test_add_func ("/training-load/local-day", test_local_day);
  g_test_add_func ("/training-load/weeks", test_weeks);

  return g_test_run ();
}
