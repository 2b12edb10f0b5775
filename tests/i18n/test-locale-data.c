/* test-locale-data.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-locale-data"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rbd-ical-writer.h"
#include "rbd-kind.h"
#include "rbd-planned-session.h"
#include "rbd-profile.h"
#include "rbd-store.h"

/* A German locale writes "10,5" on screen, but the files Rebound writes
 * for machines keep "10.5": the data file always, and the iCalendar
 * export in everything but its human text. */

static gboolean
use_german (void)
{
  if (setlocale (LC_ALL, "de_DE.UTF-8") != NULL)
    {
      g_autofree char *check = g_strdup_printf ("%.1f", 10.5);

      /* The locale really is in force: printf writes a comma. */
      g_assert_cmpstr (check, ==, "10,5");
      return TRUE;
    }

  g_test_skip_printf ("the de_DE.UTF-8 locale is not available (LOCPATH=%s); tests/i18n/"
                      "build-locales.sh builds it from Debian's \"locales\" package",
                      g_getenv ("LOCPATH"));
  return FALSE;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

/* A digit, a comma, a digit: a number written in the locale. */
static gboolean
has_decimal_comma (const char *text)
{
  return g_regex_match_simple ("[0-9],[0-9]", text, 0, 0);
}

static void
test_json (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "roundtrip.json", NULL);
  g_autofree char *original = read_text (fixture);
  g_autofree char *text = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdStore) store = NULL;
  g_autoptr(RbdPlannedSession) session = NULL;
  g_autofree char *path = NULL;
  RbdProfile *profile;

  if (!use_german ())
    return;

  g_assert_false (has_decimal_comma (original));

  dir = g_dir_make_tmp ("rebound-i18n-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "rebound.json", NULL);
  g_file_set_contents (path, original, -1, &error);
  g_assert_no_error (error);

  store = rbd_store_new (dir);
  rbd_store_set_save_delay (store, 0);
  g_assert_true (rbd_store_load (store, &error));
  g_assert_no_error (error);

  /* Read back byte for byte: its decimals were read with '.', not ','. */
  profile = rbd_store_get_profile (store);
  g_assert_cmpfloat (rbd_profile_get_body_mass_kg (profile), ==, 70.4);
  text = rbd_store_serialize (store, NULL);
  g_assert_cmpstr (text, ==, original);

  /* New decimals are written with '.' too. */
  rbd_record_set_double (RBD_RECORD (profile), "body_mass_kg", 69.8);
  session = rbd_planned_session_new ();
  rbd_record_set_string (RBD_RECORD (session), "id", "p-german");
  rbd_record_set_string (RBD_RECORD (session), "date", "2026-12-01");
  rbd_record_set_enum (RBD_RECORD (session), "kind", RBD_KIND_EASY);
  rbd_record_set_double (RBD_RECORD (session), "distance_m", 10500.25);
  g_list_store_append (rbd_store_get_planned (store), session);

  g_assert_true (rbd_store_flush (store, &error));
  g_assert_no_error (error);

  saved = read_text (path);
  g_assert_nonnull (strstr (saved, "\"body_mass_kg\": 69.8"));
  g_assert_nonnull (strstr (saved, "10500.25"));
  g_assert_false (has_decimal_comma (saved));

  setlocale (LC_ALL, "C.UTF-8");
  g_unlink (path);
  g_remove (rbd_store_get_backup_path (store));
  g_rmdir (dir);
}

static void
test_ical (void)
{
  g_autoptr(GListStore) planned = g_list_store_new (RBD_TYPE_PLANNED_SESSION);
  g_autoptr(RbdPlannedSession) session = rbd_planned_session_new ();
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) stamp = g_date_time_new (zone, 2026, 11, 29, 18, 0, 0);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean seen_description = FALSE;

  if (!use_german ())
    return;

  rbd_record_set_string (RBD_RECORD (session), "id", "p-german");
  rbd_record_set_string (RBD_RECORD (session), "date", "2026-12-01");
  rbd_record_set_enum (RBD_RECORD (session), "kind", RBD_KIND_EASY);
  rbd_record_set_int (RBD_RECORD (session), "duration_s", 3900);
  rbd_record_set_double (RBD_RECORD (session), "distance_m", 10500);
  g_list_store_append (planned, session);

  text = rbd_ical_write (G_LIST_MODEL (planned), stamp);

  /* Folding is undone first: a long line may be split anywhere. */
  {
    g_autoptr(GString) unfolded = g_string_new (text);

    g_string_replace (unfolded, "\r\n ", "", 0);
    lines = g_strsplit (unfolded->str, "\r\n", -1);
  }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "DESCRIPTION:") || g_str_has_prefix (line, "SUMMARY:"))
        {
          /* Human text, in the user's language and numbers; a comma in
           * it is escaped, so no reader takes it for a list. */
          for (const char *p = strchr (line, ','); p != NULL; p = strchr (p + 1, ','))
            g_assert_true (p[-1] == '\\');

          if (g_str_has_prefix (line, "DESCRIPTION:"))
            {
              g_assert_nonnull (strstr (line, "10\\,5"));
              seen_description = TRUE;
            }
          continue;
        }

      /* Dates, stamps, ids and fixed words: never a comma. */
      if (strchr (line, ',') != NULL)
        g_error ("a comma in the iCalendar line “%s”", line);
    }
  g_assert_true (seen_description);
  g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20261201\r\n"));

  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/locale-data/json", test_json);
  g_test_add_func ("/locale-data/ical", test_ical);

  return g_test_run ();
}
