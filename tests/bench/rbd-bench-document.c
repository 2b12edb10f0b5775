/* rbd-bench-document.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rbd-bench-document.h"
#include "rbd-checkin.h"
#include "rbd-kind.h"
#include "rbd-planned-session.h"
#include "rbd-routine.h"
#include "rbd-routine-step.h"
#include "rbd-session.h"
#include "rbd-shoe.h"

#define YEARS 10

/* A plausible week: what is planned on each weekday (Monday first). */
static const RbdKind week[7] = {
  RBD_KIND_EASY, RBD_KIND_INTERVAL, RBD_KIND_RECOVERY, RBD_KIND_TEMPO,
  RBD_KIND_REST, RBD_KIND_LONG, RBD_KIND_EASY,
};

static const char *titles[] = {
  "40 min easy + 10 min mobility",
  "5 x 4 min at 10K effort, 2 min jog",
  "30 min very easy",
  "20 min at half-marathon effort",
  "Rest day",
  "Long run, last 15 min controlled",
  "Easy shake-out + calf and hip mobility",
};

static char *
format_date (GDate *date)
{
  char buf[16];

  g_date_strftime (buf, sizeof buf, "%Y-%m-%d", date);

  return g_strdup (buf);
}

static GPtrArray *
make_shoes (GRand *rand)
{
  GPtrArray *shoes = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 8; i++)
    {
      RbdShoe *shoe = rbd_shoe_new ();
      g_autofree char *name = g_strdup_printf ("Trainer %u", i + 1);

      rbd_record_set_string (RBD_RECORD (shoe), "name", name);
      rbd_record_set_boolean (RBD_RECORD (shoe), "retired", i < 6);
      g_ptr_array_add (shoes, shoe);
    }

  return shoes;
}

static GPtrArray *
make_routines (void)
{
  GPtrArray *routines = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 6; i++)
    {
      RbdRoutine *routine = rbd_routine_new ();
      g_autofree char *name = g_strdup_printf ("My routine %u", i + 1);
      g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_object_unref);

      rbd_record_set_string (RBD_RECORD (routine), "name", name);
      for (guint s = 0; s < 9; s++)
        {
          RbdRoutineStep *step = rbd_routine_step_new ();
          g_autofree char *step_name = g_strdup_printf ("Stretch %u", s + 1);

          rbd_record_set_string (RBD_RECORD (step), "name", step_name);
          rbd_record_set_string (RBD_RECORD (step), "instructions",
                                 "Hold gently for the whole time; no bouncing.");
          rbd_record_set_int (RBD_RECORD (step), "duration_s", 30);
          rbd_record_set_int (RBD_RECORD (step), "sides", 1 + s % 2);
          g_ptr_array_add (steps, step);
        }
      g_list_store_splice (rbd_routine_get_steps (routine), 0, 0, steps->pdata, steps->len);
      g_ptr_array_add (routines, routine);
    }

  return routines;
}

void
rbd_bench_fill_ten_years (RbdStore *store,
                          GDate    *last_day,
                          guint32   seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) planned = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) checkins = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) shoes = make_shoes (rand);
  g_autoptr(GPtrArray) routines = make_routines ();
  RbdProfile *profile = rbd_store_get_profile (store);
  GDate day = *last_day;
  guint n_days = YEARS * 365;

  g_date_subtract_days (&day, n_days - 1);

  for (guint d = 0; d < n_days; d++, g_date_add_days (&day, 1))
    {
      g_autofree char *date = format_date (&day);
      guint weekday = g_date_get_weekday (&day) - 1;
      RbdKind kind = week[weekday];
      RbdCheckin *checkin = rbd_checkin_new ();

      /* Check-ins every day. */
      rbd_record_set_string (RBD_RECORD (checkin), "date", date);
      rbd_record_set_double (RBD_RECORD (checkin), "sleep_h",
                             6 + g_rand_int_range (rand, 0, 7) * 0.5);
      rbd_record_set_int (RBD_RECORD (checkin), "sleep_quality", g_rand_int_range (rand, 1, 6));
      rbd_record_set_int (RBD_RECORD (checkin), "rest_hr_bpm", g_rand_int_range (rand, 44, 60));
      rbd_record_set_double (RBD_RECORD (checkin), "hrv_ms", g_rand_int_range (rand, 40, 90));
      rbd_record_set_int (RBD_RECORD (checkin), "soreness", g_rand_int_range (rand, 0, 8));
      rbd_record_set_int (RBD_RECORD (checkin), "mood", g_rand_int_range (rand, 1, 6));
      rbd_record_set_int (RBD_RECORD (checkin), "motivation", g_rand_int_range (rand, 1, 6));
      rbd_record_set_boolean (RBD_RECORD (checkin), "illness", g_rand_int_range (rand, 0, 40) == 0);
      g_ptr_array_add (checkins, checkin);

      /* Planned and logged sessions on about 1.37 days in 1 (5,000 in
       * ten years): rest days have none, some days have two. */
      for (guint n = 0; n < 2; n++)
        {
          RbdPlannedSession *plan;
          RbdSession *done;
          g_autofree char *start = NULL;
          int duration;

          if (kind == RBD_KIND_REST && n == 0)
            continue;
          if (n == 1 && g_rand_int_range (rand, 0, 100) >= 52)
            continue;
          if (n == 1)
            kind = RBD_KIND_MOBILITY;

          duration = kind == RBD_KIND_LONG ? g_rand_int_range (rand, 70, 100) * 60
                                           : g_rand_int_range (rand, 20, 60) * 60;

          plan = rbd_planned_session_new ();
          rbd_record_set_string (RBD_RECORD (plan), "date", date);
          rbd_record_set_enum (RBD_RECORD (plan), "kind", kind);
          rbd_record_set_string (RBD_RECORD (plan), "title", n == 1 ? "Mobility" : titles[weekday]);
          rbd_record_set_int (RBD_RECORD (plan), "duration_s", duration);
          if (kind != RBD_KIND_MOBILITY)
            rbd_record_set_double (RBD_RECORD (plan), "distance_m", duration / 330.0 * 1000.0);
          rbd_record_set_string (RBD_RECORD (plan), "notes", "");
          g_ptr_array_add (planned, plan);

          done = rbd_session_new ();
          start = g_strdup_printf ("%sT%02d:%02d:00+01:00", date,
                                   n == 1 ? 19 : 7, g_rand_int_range (rand, 0, 60));
          rbd_record_set_string (RBD_RECORD (done), "planned_id", rbd_record_get_id (RBD_RECORD (plan)));
          rbd_record_set_string (RBD_RECORD (done), "start", start);
          rbd_record_set_enum (RBD_RECORD (done), "kind", kind);
          rbd_record_set_int (RBD_RECORD (done), "duration_s", duration + g_rand_int_range (rand, -120, 120));
          if (kind != RBD_KIND_MOBILITY)
            {
              rbd_record_set_double (RBD_RECORD (done), "distance_m",
                                     (int) (duration / g_rand_double_range (rand, 290, 380) * 1000.0));
              rbd_record_set_int (RBD_RECORD (done), "avg_hr_bpm", g_rand_int_range (rand, 120, 175));
              rbd_record_set_string (RBD_RECORD (done), "shoe_id",
                                     rbd_record_get_id (shoes->pdata[d * 8 / n_days]));
            }
          rbd_record_set_int (RBD_RECORD (done), "rpe", rbd_kind_is_hard (kind) ? g_rand_int_range (rand, 6, 10)
                                                                                : g_rand_int_range (rand, 2, 5));
          rbd_record_set_int (RBD_RECORD (done), "soreness", g_rand_int_range (rand, 0, 7));
          rbd_record_set_string (RBD_RECORD (done), "notes",
                                 g_rand_int_range (rand, 0, 4) == 0 ? "Legs a bit heavy, kept it easy." : "");
          g_ptr_array_add (sessions, done);
        }
    }

  g_list_store_splice (rbd_store_get_planned (store), 0, 0, planned->pdata, planned->len);
  g_list_store_splice (rbd_store_get_sessions (store), 0, 0, sessions->pdata, sessions->len);
  g_list_store_splice (rbd_store_get_checkins (store), 0, 0, checkins->pdata, checkins->len);
  g_list_store_splice (rbd_store_get_shoes (store), 0, 0, shoes->pdata, shoes->len);
  g_list_store_splice (rbd_store_get_routines (store), 0, 0, routines->pdata, routines->len);

  rbd_record_set_double (RBD_RECORD (profile), "body_mass_kg", 68.5);
  rbd_record_set_int (RBD_RECORD (profile), "rest_hr_bpm", 48);
  rbd_record_set_int (RBD_RECORD (profile), "max_hr_bpm", 188);
}
