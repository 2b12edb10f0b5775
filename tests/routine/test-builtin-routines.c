/* test-builtin-routines.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rbd-builtin-routines.h"
#include "rbd-cooldown.h"
#include "rbd-fake-clock.h"
#include "rbd-limits.h"
#include "rbd-routine-player.h"
#include "rbd-routine-step.h"

#define MIN_S(m) ((int) ((m) * 60))

/* What DOMAIN.md says about each built-in routine. Step durations are
 * per side; 0 means the source gives no bound. */
typedef struct
{
  const char *id;
  const char *focus;
  int         min_total_s;
  int         max_total_s;
  int         min_step_s;
  int         max_step_s;
  int         sides;          /* every step has this many sides; 0: any */
  int         step_s[3];      /* exact step durations, for the cool-downs */
} Expected;

static const Expected expected[] = {
  /* Cool-downs: 8-15 min after a hard effort; after intervals or tempo,
   * 8-12 min easy jog then 3-5 min walk (10 and 4 here). */
  { "builtin-cooldown-hard", "Cool-down", MIN_S (8), MIN_S (15), 0, 0, 1, { 600, 240 } },
  /* After a long run: the last 5-10 min slower (8), then a 5 min walk. */
  { "builtin-cooldown-long", "Cool-down", MIN_S (10), MIN_S (15), 0, 0, 1, { 480, 300 } },
  /* After an easy run: a 3-5 min walk (4). */
  { "builtin-cooldown-easy", "Cool-down", MIN_S (3), MIN_S (5), 0, 0, 1, { 240 } },
  /* Post-run dynamic drills: 5-8 min. */
  { "builtin-drills-post-run", "Drills", MIN_S (5), MIN_S (8), 0, 0, 0, { 0 } },
  /* Static stretches: 5-10 min, 20-30 s holds, each side. */
  { "builtin-stretch-post-run", "Stretching", MIN_S (5), MIN_S (10), 20, 30, 2, { 0 } },
  /* Foam rolling: 1-2 min per muscle group; a 10-20 min session. */
  { "builtin-foam-rolling", "Foam rolling", MIN_S (10), MIN_S (20), 60, 120, 0, { 0 } },
  /* Dynamic mobility: a 10-20 min mobility session. */
  { "builtin-mobility", "Mobility", MIN_S (10), MIN_S (20), 0, 0, 0, { 0 } },
  /* Warm-up before running: 5-10 min. */
  { "builtin-warm-up", "Warm-up", MIN_S (5), MIN_S (10), 0, 0, 0, { 0 } },
  /* Evening wind-down: DOMAIN.md gives no length; a short session. */
  { "builtin-wind-down", "Wind-down", MIN_S (5), MIN_S (15), 0, 0, 0, { 0 } },
};

static GListStore *
load (void)
{
  g_autoptr(GError) error = NULL;
  GListStore *routines = rbd_builtin_routines_load (&error);

  g_assert_no_error (error);
  g_assert_nonnull (routines);

  return routines;
}

static gboolean
has_text (RbdRecord  *record,
          const char *field)
{
  const char *text = rbd_record_get_string (record, field);

  return text != NULL && *text != '\0';
}

static void
test_valid (void)
{
  g_autoptr(GListStore) routines = load ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (routines));

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRoutine) routine = g_list_model_get_item (G_LIST_MODEL (routines), i);
      RbdRecord *record = RBD_RECORD (routine);
      GListModel *steps = G_LIST_MODEL (rbd_routine_get_steps (routine));
      const char *id = rbd_record_get_id (record);
      int total_s = 0;

      g_test_message ("%s", id);
      g_assert_true (g_str_has_prefix (id, "builtin-"));
      g_assert_true (rbd_builtin_routines_is_builtin (routine));
      g_assert_true (g_hash_table_add (ids, (gpointer) id));
      g_assert_true (has_text (record, "name"));
      g_assert_true (has_text (record, "focus"));
      g_assert_true (has_text (record, "description"));
      g_assert_cmpuint (g_list_model_get_n_items (steps), >, 0);

      for (guint s = 0; s < g_list_model_get_n_items (steps); s++)
        {
          g_autoptr(RbdRecord) step = g_list_model_get_item (steps, s);
          int duration_s = rbd_record_get_int (step, "duration_s");
          int sides = rbd_record_get_int (step, "sides");

          g_assert_true (has_text (step, "name"));
          g_assert_true (has_text (step, "instructions"));
          g_assert_cmpint (duration_s, >=, 1);
          g_assert_cmpint (duration_s, <=, MAX_STEP_S);
          g_assert_true (sides == 1 || sides == 2);
          total_s += duration_s * sides;
        }

      g_assert_cmpint (rbd_routine_get_total_s (routine), ==, total_s);
    }
}

static void
test_domain_ranges (void)
{
  g_autoptr(GListStore) routines = load ();

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const Expected *e = &expected[i];
      g_autoptr(RbdRoutine) routine = rbd_builtin_routines_find (G_LIST_MODEL (routines), e->id);
      GListModel *steps;
      int total_s;

      g_test_message ("%s", e->id);
      g_assert_nonnull (routine);
      g_assert_cmpstr (rbd_record_get_string (RBD_RECORD (routine), "focus"), ==, e->focus);

      total_s = rbd_routine_get_total_s (routine);
      g_assert_cmpint (total_s, >=, e->min_total_s);
      g_assert_cmpint (total_s, <=, e->max_total_s);

      steps = G_LIST_MODEL (rbd_routine_get_steps (routine));
      for (guint s = 0; s < g_list_model_get_n_items (steps); s++)
        {
          g_autoptr(RbdRecord) step = g_list_model_get_item (steps, s);
          int duration_s = rbd_record_get_int (step, "duration_s");

          if (e->min_step_s > 0)
            g_assert_cmpint (duration_s, >=, e->min_step_s);
          if (e->max_step_s > 0)
            g_assert_cmpint (duration_s, <=, e->max_step_s);
          if (e->sides > 0)
            g_assert_cmpint (rbd_record_get_int (step, "sides"), ==, e->sides);
        }

      if (e->step_s[0] > 0)
        {
          guint n_exact = 0;

          while (n_exact < G_N_ELEMENTS (e->step_s) && e->step_s[n_exact] > 0)
            n_exact++;
          g_assert_cmpuint (g_list_model_get_n_items (steps), ==, n_exact);
          for (guint s = 0; s < n_exact; s++)
            {
              g_autoptr(RbdRecord) step = g_list_model_get_item (steps, s);

              g_assert_cmpint (rbd_record_get_int (step, "duration_s"), ==, e->step_s[s]);
            }
        }
    }
}

static void
test_cooldowns (void)
{
  g_autoptr(GListStore) routines = load ();
  guint n_with_cooldown = 0;

  /* Every kind that offers a cool-down points at a built-in one, named
   * the same in both places. */
  for (RbdKind kind = 0; kind < RBD_N_KINDS; kind++)
    {
      g_autoptr(RbdRoutine) routine = NULL;
      const char *routine_id = NULL;
      const char *name = NULL;

      if (!rbd_cooldown_for_kind (kind, &routine_id, &name))
        continue;

      n_with_cooldown++;
      routine = rbd_builtin_routines_find (G_LIST_MODEL (routines), routine_id);
      g_assert_nonnull (routine);
      g_assert_cmpstr (rbd_record_get_string (RBD_RECORD (routine), "name"), ==, name);
      g_assert_cmpstr (rbd_record_get_string (RBD_RECORD (routine), "focus"), ==, "Cool-down");
    }

  g_assert_cmpuint (n_with_cooldown, >=, 3);
}

static void
test_find (void)
{
  g_autoptr(GListStore) routines = load ();
  g_autoptr(RbdRoutine) found = rbd_builtin_routines_find (G_LIST_MODEL (routines),
                                                           "builtin-warm-up");
  g_autoptr(RbdRoutine) mine = rbd_routine_new ();

  g_assert_nonnull (found);
  g_assert_cmpstr (rbd_record_get_id (RBD_RECORD (found)), ==, "builtin-warm-up");
  g_assert_null (rbd_builtin_routines_find (G_LIST_MODEL (routines), "builtin-nothing"));
  g_assert_null (rbd_builtin_routines_find (G_LIST_MODEL (routines), ""));
  g_assert_false (rbd_builtin_routines_is_builtin (mine));
}

/* Each one plays from start to finish in exactly its total time, plus the
 * lead-in and a switch pause for each two-sided step. */
static void
test_playable (void)
{
  g_autoptr(GListStore) routines = load ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (routines)); i++)
    {
      g_autoptr(RbdRoutine) routine = g_list_model_get_item (G_LIST_MODEL (routines), i);
      g_autoptr(RbdFakeClock) clock = rbd_fake_clock_new (0);
      g_autoptr(RbdRoutinePlayer) player = rbd_routine_player_new (routine, RBD_CLOCK (clock));
      GListModel *steps = G_LIST_MODEL (rbd_routine_get_steps (routine));
      g_autoptr(GError) error = NULL;
      gint64 due_s = rbd_routine_player_get_lead_in_s (player) + rbd_routine_get_total_s (routine);

      for (guint s = 0; s < g_list_model_get_n_items (steps); s++)
        {
          g_autoptr(RbdRecord) step = g_list_model_get_item (steps, s);

          if (rbd_record_get_int (step, "sides") == 2)
            due_s += rbd_routine_player_get_switch_sides_s (player);
        }

      g_assert_true (rbd_routine_player_start (player, &error));
      g_assert_no_error (error);
      rbd_fake_clock_advance (clock, due_s * G_USEC_PER_SEC - 1);
      g_assert_cmpint (rbd_routine_player_get_state (player), ==, RBD_PLAYER_RUNNING);
      rbd_fake_clock_advance (clock, 1);
      g_assert_cmpint (rbd_routine_player_get_state (player), ==, RBD_PLAYER_FINISHED);
      g_assert_cmpuint (rbd_fake_clock_get_n_fired (clock), ==, due_s);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/builtin-routines/valid", test_valid);
  g_test_add_func ("/builtin-routines/domain-ranges", test_domain_ranges);
  g_test_add_func ("/builtin-routines/cooldowns", test_cooldowns);
  g_test_add_func ("/builtin-routines/find", test_find);
  g_test_add_func ("/builtin-routines/playable", test_playable);

  return g_test_run ();
}
