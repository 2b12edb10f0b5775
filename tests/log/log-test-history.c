/* log-test-history.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "log-test-history.h"
#include "rbd-checkin.h"
#include "rbd-dates.h"
#include "rbd-kind.h"
#include "rbd-session.h"

void
log_test_day (const char *text,
              GDate      *date)
{
  g_assert_true (rbd_date_parse (text, date));
}

static void
offset_day (const GDate *day,
            const char  *offset,
            GDate       *date)
{
  int days = atoi (offset);

  *date = *day;
  if (days >= 0)
    g_date_add_days (date, (guint) days);
  else
    g_date_subtract_days (date, (guint) -days);
}

static gboolean
is_set (char **parts,
        guint   i)
{
  for (guint j = 0; j <= i; j++)
    {
      if (parts[j] == NULL)
        return FALSE;
    }

  return parts[i][0] != '\0' && g_strcmp0 (parts[i], "-") != 0;
}

GListStore *
log_test_sessions (const GDate        *day,
                   const char * const *sessions)
{
  GListStore *store = g_list_store_new (RBD_TYPE_SESSION);

  for (guint i = 0; sessions != NULL && sessions[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (sessions[i], ":", -1);
      g_autoptr(RbdSession) session = rbd_session_new ();
      RbdRecord *record = RBD_RECORD (session);
      g_autofree char *start = NULL;
      char date_text[11];
      RbdKind kind;
      GDate date;

      offset_day (day, parts[0], &date);
      rbd_date_format_buf (&date, date_text);
      start = g_strdup_printf ("%sT07:00:00+01:00", date_text);
      rbd_record_set_string (record, "start", start);

      g_assert_true (rbd_kind_from_string (parts[1], &kind));
      rbd_record_set_enum (record, "kind", kind);

      if (is_set (parts, 2))
        rbd_record_set_int (record, "rpe", atoi (parts[2]));
      if (is_set (parts, 3))
        rbd_record_set_int (record, "duration_s", atoi (parts[3]) * 60);
      if (is_set (parts, 4))
        rbd_record_set_double (record, "distance_m", g_ascii_strtod (parts[4], NULL) * 1000);
      if (is_set (parts, 5))
        rbd_record_set_int (record, "avg_hr_bpm", atoi (parts[5]));
      if (is_set (parts, 6))
        rbd_record_set_int (record, "soreness", atoi (parts[6]));
      if (is_set (parts, 7))
        rbd_record_set_string (record, "shoe_id", parts[7]);

      g_list_store_append (store, session);
    }

  return store;
}

GListStore *
log_test_checkins (const GDate        *day,
                   const char * const *checkins)
{
  static const char * const int_fields[] = {
    NULL, NULL, "sleep_quality", "rest_hr_bpm", NULL, "soreness", "mood", "motivation",
  };
  GListStore *store = g_list_store_new (RBD_TYPE_CHECKIN);

  for (guint i = 0; checkins != NULL && checkins[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (checkins[i], ":", -1);
      g_autoptr(RbdCheckin) checkin = rbd_checkin_new ();
      RbdRecord *record = RBD_RECORD (checkin);
      char date_text[11];
      GDate date;

      offset_day (day, parts[0], &date);
      rbd_date_format_buf (&date, date_text);
      rbd_record_set_string (record, "date", date_text);

      if (is_set (parts, 1))
        rbd_record_set_double (record, "sleep_h", g_ascii_strtod (parts[1], NULL));
      if (is_set (parts, 4))
        rbd_record_set_double (record, "hrv_ms", g_ascii_strtod (parts[4], NULL));
      for (guint f = 0; f < G_N_ELEMENTS (int_fields); f++)
        {
          if (int_fields[f] != NULL && is_set (parts, f))
            rbd_record_set_int (record, int_fields[f], atoi (parts[f]));
        }
      if (is_set (parts, 8))
        rbd_record_set_boolean (record, "illness", atoi (parts[8]) != 0);

      g_list_store_append (store, checkin);
    }

  return store;
}
