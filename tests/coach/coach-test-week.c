/* coach-test-week.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "coach-test-week.h"
#include "rbd-kind.h"
#include "rbd-planned-session.h"

static gboolean
parse_number (const char *text,
              gint64     *value)
{
  if (text == NULL || g_str_equal (text, "-"))
    return FALSE;

  /* A typo in a test table must fail loudly, not plan a 0 min run. */
  g_assert_true (g_ascii_string_to_signed (text, 10, 0, G_MAXINT, value, NULL));

  return TRUE;
}

static RbdPlannedSession *
session_new (const GDate *date,
             const char  *description)
{
  g_auto(GStrv) parts = g_strsplit (description, ":", 3);
  RbdPlannedSession *session = rbd_planned_session_new ();
  RbdRecord *record = RBD_RECORD (session);
  char date_text[16];
  RbdKind kind;
  gint64 number;

  g_assert_nonnull (parts[0]);
  g_assert_true (rbd_kind_from_string (parts[0], &kind));

  g_assert_cmpuint (g_date_strftime (date_text, sizeof date_text, "%Y-%m-%d", date), ==, 10);
  rbd_record_set_string (record, "date", date_text);
  rbd_record_set_enum (record, "kind", kind);

  if (parts[1] != NULL && parse_number (parts[1], &number))
    rbd_record_set_int (record, "duration_s", (int) number * 60);
  if (parts[1] != NULL && parts[2] != NULL && parse_number (parts[2], &number))
    rbd_record_set_double (record, "distance_m", (double) number);

  return session;
}

GPtrArray *
coach_test_day_new (const GDate *date,
                    const char  *description)
{
  GPtrArray *sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) parts = NULL;

  if (description == NULL)
    return sessions;

  parts = g_strsplit (description, "+", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_ptr_array_add (sessions, session_new (date, parts[i]));

  return sessions;
}

void
coach_test_week_init (RbdPlanWeek       *week,
                      const char        *start,
                      const char * const days[7])
{
  unsigned year, month, day;

  /* g_date_set_parse() follows the locale's day order; ISO is unambiguous. */
  g_assert_cmpint (sscanf (start, "%4u-%2u-%2u", &year, &month, &day), ==, 3);
  g_assert_true (g_date_valid_dmy (day, month, year));
  g_date_clear (&week->start, 1);
  g_date_set_dmy (&week->start, day, month, year);

  for (guint i = 0; i < 7; i++)
    {
      GDate date = week->start;

      g_date_add_days (&date, i);
      week->days[i] = coach_test_day_new (&date, days[i]);
    }
}

void
coach_test_week_clear (RbdPlanWeek *week)
{
  for (guint i = 0; i < 7; i++)
    g_clear_pointer (&week->days[i], g_ptr_array_unref);
}
