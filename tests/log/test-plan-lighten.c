/* test-plan-lighten.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "log-test-history.h"
#include "rbd-dates.h"
#include "rbd-plan-lighten.h"

/* The plans start on Monday 2026-11-30 (day 0). A planned session is
 * "day:kind[:minutes[:km]]". */
#define FIRST_DAY "2026-11-30"

#define MAX_EDITS 4

typedef struct
{
  guint    index;          /* the session, by its place in the plan */
  RbdKind  kind;
  int      duration_s;     /* RBD_UNSET: none */
  double   distance_m;     /* RBD_UNSET: none */
} ExpectedEdit;

typedef struct
{
  const char   *name;
  const char   *plan[10];
  guint         n_days;
  double        cut;
  guint         n_edits;
  ExpectedEdit  edits[MAX_EDITS];
} LightenCase;

static const LightenCase cases[] = {
  /* Intervals and the long run become easy runs, everything 40 % shorter;
   * mobility and the rest day stay; days 3 and -1 are outside. The list
   * is not in date order: the edits are. */
  { "three-days",
    { "2:long:90:18", "0:interval:60:12", "0:mobility:15", "1:rest", "2:easy:40", "3:tempo:50",
      "-1:hills:45" },
    3, 0.4, 3,
    { { 1, RBD_KIND_EASY, 2160, 7200 },
      { 0, RBD_KIND_EASY, 3240, 10800 },
      { 4, RBD_KIND_EASY, 1440, RBD_UNSET } } },
  /* 45 min x 0.7 = 31.5, to whole minutes: 32; 9 km x 0.7 = 6.3 km. */
  { "cut-30", { "0:tempo:50", "1:easy:45:9" }, 3, 0.3, 2,
    { { 0, RBD_KIND_EASY, 2100, RBD_UNSET },
      { 1, RBD_KIND_EASY, 1920, 6300 } } },
  /* 45 min / 2 = 22.5: 23 min; 10.5 km / 2 = 5.25: 5.3 km. */
  { "cut-50", { "0:interval:45:10.5", "1:recovery:30" }, 2, 0.5, 2,
    { { 0, RBD_KIND_EASY, 1380, 5300 },
      { 1, RBD_KIND_RECOVERY, 900, RBD_UNSET } } },
  { "race-kept", { "1:race:40:10", "0:easy:30" }, 3, 0.4, 1,
    { { 1, RBD_KIND_EASY, 1080, RBD_UNSET } } },
  { "only-rest", { "0:rest", "1:rest", "2:mobility:20" }, 3, 0.4, 0 },
  { "nothing-planned", { NULL }, 3, 0.4, 0 },
  /* No duration: the kind still changes. */
  { "no-duration", { "0:hills" }, 1, 0.4, 1,
    { { 0, RBD_KIND_EASY, RBD_UNSET, RBD_UNSET } } },
  { "cross-and-strength", { "0:cross:60", "1:strength:30" }, 3, 0.4, 2,
    { { 0, RBD_KIND_CROSS, 2160, RBD_UNSET },
      { 1, RBD_KIND_STRENGTH, 1080, RBD_UNSET } } },
  /* An easy run without duration or distance has nothing to lighten. */
  { "bare-easy", { "0:easy" }, 3, 0.4, 0 },
  { "zero-days", { "0:interval:60" }, 0, 0.4, 0 },
};

static GListStore *
build_plan (const GDate        *first_day,
            const char * const *plan)
{
  GListStore *store = g_list_store_new (RBD_TYPE_PLANNED_SESSION);

  for (guint i = 0; plan[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (plan[i], ":", -1);
      g_autoptr(RbdPlannedSession) session = rbd_planned_session_new ();
      RbdRecord *record = RBD_RECORD (session);
      int offset = atoi (parts[0]);
      char text[11];
      RbdKind kind;
      GDate date = *first_day;

      if (offset >= 0)
        g_date_add_days (&date, (guint) offset);
      else
        g_date_subtract_days (&date, (guint) -offset);
      rbd_date_format_buf (&date, text);
      rbd_record_set_string (record, "date", text);
      rbd_record_set_string (record, "title", plan[i]);

      g_assert_true (rbd_kind_from_string (parts[1], &kind));
      rbd_record_set_enum (record, "kind", kind);
      if (parts[2] != NULL)
        rbd_record_set_int (record, "duration_s", atoi (parts[2]) * 60);
      if (parts[2] != NULL && parts[3] != NULL)
        rbd_record_set_double (record, "distance_m", g_ascii_strtod (parts[3], NULL) * 1000);

      g_list_store_append (store, session);
    }

  return store;
}

/* The plan as text, to compare before and after. */
static char *
plan_text (GListModel *plan)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(RbdRecord) r = g_list_model_get_item (plan, i);

      g_string_append_printf (s, "%s %d %d %d %g %s|", rbd_record_get_string (r, "date"),
                              rbd_record_get_enum (r, "kind"),
                              rbd_record_get_int (r, "duration_s"),
                              rbd_record_is_set (r, "distance_m"),
                              rbd_record_get_double (r, "distance_m"),
                              rbd_record_get_string (r, "title"));
    }

  return g_string_free (s, FALSE);
}

static void
test_case (gconstpointer data)
{
  const LightenCase *c = data;
  g_autoptr(GListStore) plan = NULL;
  g_autoptr(GArray) edits = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after_lighten = NULL;
  g_autofree char *after_undo = NULL;
  GDate first_day;

  log_test_day (FIRST_DAY, &first_day);
  plan = build_plan (&first_day, c->plan);
  before = plan_text (G_LIST_MODEL (plan));

  edits = rbd_plan_lighten (G_LIST_MODEL (plan), &first_day, c->n_days, c->cut);

  /* Pure: nothing changed yet. */
  after_lighten = plan_text (G_LIST_MODEL (plan));
  g_assert_cmpstr (after_lighten, ==, before);

  g_assert_cmpuint (edits->len, ==, c->n_edits);
  for (guint i = 0; i < edits->len; i++)
    {
      const RbdLightenEdit *edit = &g_array_index (edits, RbdLightenEdit, i);
      const ExpectedEdit *want = &c->edits[i];
      g_autoptr(GObject) session = g_list_model_get_item (G_LIST_MODEL (plan), want->index);
      RbdRecord *record = RBD_RECORD (session);

      g_assert_true ((GObject *) edit->session == session);
      g_assert_cmpint (edit->old_kind, ==, rbd_record_get_enum (record, "kind"));
      g_assert_cmpint (edit->old_duration_s, ==, rbd_record_get_int (record, "duration_s"));
      g_assert_cmpfloat (edit->old_distance_m, ==, rbd_record_get_double (record, "distance_m"));
      g_assert_cmpint (edit->new_kind, ==, want->kind);
      g_assert_cmpint (edit->new_duration_s, ==, want->duration_s);
      g_assert_cmpfloat_with_epsilon (edit->new_distance_m, want->distance_m, 1e-6);
    }

  rbd_lighten_apply (edits);
  for (guint i = 0; i < edits->len; i++)
    {
      const ExpectedEdit *want = &c->edits[i];
      g_autoptr(RbdRecord) record = g_list_model_get_item (G_LIST_MODEL (plan), want->index);

      g_assert_cmpint (rbd_record_get_enum (record, "kind"), ==, want->kind);
      g_assert_cmpint (rbd_record_get_int (record, "duration_s"), ==, want->duration_s);
      g_assert_cmpint (rbd_record_is_set (record, "distance_m"), ==,
                       want->distance_m != RBD_UNSET);
    }

  rbd_lighten_undo (edits);
  after_undo = plan_text (G_LIST_MODEL (plan));
  g_assert_cmpstr (after_undo, ==, before);
}

/* The cut stays within DOMAIN.md's 30-50 %. */
static void
test_cut_out_of_range (void)
{
  g_autoptr(GListStore) plan = g_list_store_new (RBD_TYPE_PLANNED_SESSION);
  GDate first_day;

  log_test_day (FIRST_DAY, &first_day);

  if (g_test_subprocess ())
    {
      g_autoptr(GArray) edits = rbd_plan_lighten (G_LIST_MODEL (plan), &first_day, 3, 0.8);

      g_assert_null (edits);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*cut <= RBD_LIGHTEN_CUT_MAX*");
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
      g_autofree char *path = g_strdup_printf ("/plan-lighten/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/plan-lighten/cut-out-of-range", test_cut_out_of_range);

  return g_test_run ();
}
