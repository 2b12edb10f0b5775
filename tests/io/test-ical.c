/* test-ical.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ical"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rbd-ical-writer.h"
#include "rbd-kind.h"
#include "rbd-planned-session.h"

#define NO_NUMBER RBD_UNSET

static RbdPlannedSession *
make_session (const char *id,
              const char *date,
              RbdKind     kind,
              const char *title,
              int         duration_s,
              double      distance_m,
              const char *notes)
{
  RbdPlannedSession *session = rbd_planned_session_new ();
  RbdRecord *record = RBD_RECORD (session);

  rbd_record_set_string (record, "id", id);
  rbd_record_set_string (record, "date", date);
  rbd_record_set_enum (record, "kind", kind);
  if (title != NULL)
    rbd_record_set_string (record, "title", title);
  if (duration_s != NO_NUMBER)
    rbd_record_set_int (record, "duration_s", duration_s);
  if (distance_m != NO_NUMBER)
    rbd_record_set_double (record, "distance_m", distance_m);
  if (notes != NULL)
    rbd_record_set_string (record, "notes", notes);

  return session;
}

/* Appends @session and drops the caller's reference to it. */
static void
append_owned (GListStore        *store,
              RbdPlannedSession *session)
{
  g_list_store_append (store, session);
  g_object_unref (session);
}

static GDateTime *
make_stamp (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+01:00");

  return g_date_time_new (zone, 2026, 11, 29, 18, 0, 0);
}

static char *
write_one (RbdPlannedSession *session)
{
  g_autoptr(GListStore) store = g_list_store_new (RBD_TYPE_PLANNED_SESSION);
  g_autoptr(GDateTime) stamp = make_stamp ();

  g_list_store_append (store, session);

  return rbd_ical_write (G_LIST_MODEL (store), stamp);
}

/* Undoes the folding: CRLF followed by one space goes. */
static char *
unfold (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p[0] == '\r' && p[1] == '\n' && p[2] == ' ')
        {
          p += 2;
          continue;
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* What RFC 5545 says a TEXT value looks like, written out again here on
 * purpose rather than shared with the writer. */
static char *
escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == ';' || *p == ',')
        g_string_append_c (out, '\\');

      if (*p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Every line ends in CRLF, is at most 75 octets, is valid UTF-8 on its
 * own and does not end in half an escape. */
static void
assert_well_formed (const char *text)
{
  const char *line = text;

  g_assert_true (g_str_has_suffix (text, "\r\n"));

  while (*line != '\0')
    {
      const char *end = strstr (line, "\r\n");
      gsize length, backslashes = 0;

      g_assert_nonnull (end);
      length = (gsize) (end - line);

      g_assert_cmpuint (length, <=, 75);
      g_assert_null (memchr (line, '\n', length));
      g_assert_null (memchr (line, '\r', length));
      g_assert_true (g_utf8_validate (line, (gssize) length, NULL));

      while (backslashes < length && line[length - 1 - backslashes] == '\\')
        backslashes++;
      g_assert_cmpuint (backslashes % 2, ==, 0);

      line = end + 2;
    }
}

/* The lines of the only event between DTEND and TRANSP. */
static char *
event_middle (const char *text)
{
  const char *from = strstr (text, "DTEND;VALUE=DATE:");
  const char *to = strstr (text, "TRANSP:TRANSPARENT\r\n");

  g_assert_nonnull (from);
  g_assert_nonnull (to);
  from = strstr (from, "\r\n") + 2;

  return g_strndup (from, (gsize) (to - from));
}

static void
test_document (void)
{
  g_autoptr(GListStore) store = g_list_store_new (RBD_TYPE_PLANNED_SESSION);
  g_autoptr(GDateTime) stamp = make_stamp ();
  g_autofree char *fixture = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *expected = NULL;

  append_owned (store, make_session ("p1", "2026-11-30", RBD_KIND_INTERVAL,
                                            "5 x 4 min at 10K effort", 3900, 10000,
                                            "2 min jog between reps, then 10-15 min cool-down"));
  append_owned (store, make_session ("p2", "2026-12-31", RBD_KIND_REST,
                                            NULL, NO_NUMBER, NO_NUMBER, NULL));
  append_owned (store, make_session ("p3", "2026-12-02", RBD_KIND_RECOVERY,
                                            "朝のリカバリージョグ", 2100, NO_NUMBER, NULL));
  append_owned (store, make_session ("p4", "2026-12-04", RBD_KIND_EASY,
                                            "ركض سهل في الحديقة", NO_NUMBER, 6000, ""));

  fixture = g_test_build_filename (G_TEST_DIST, "io", "data", "four-sessions.ics", NULL);
  g_file_get_contents (fixture, &contents, NULL, &error);
  g_assert_no_error (error);
  parts = g_strsplit (contents, "@VERSION@", -1);
  expected = g_strjoinv (VERSION, parts);

  text = rbd_ical_write (G_LIST_MODEL (store), stamp);
  g_assert_cmpstr (text, ==, expected);
  assert_well_formed (text);
}

static void
test_empty (void)
{
  g_autoptr(GListStore) store = g_list_store_new (RBD_TYPE_PLANNED_SESSION);
  g_autoptr(GDateTime) stamp = make_stamp ();
  g_autofree char *text = rbd_ical_write (G_LIST_MODEL (store), stamp);
  g_autofree char *expected = g_strdup_printf ("BEGIN:VCALENDAR\r\n"
                                               "VERSION:2.0\r\n"
                                               "PRODID:-//Rebound//Rebound %s//EN\r\n"
                                               "CALSCALE:GREGORIAN\r\n"
                                               "END:VCALENDAR\r\n",
                                               VERSION);

  g_assert_cmpstr (text, ==, expected);
}

typedef struct
{
  const char *name;
  RbdKind     kind;
  const char *title;
  int         duration_s;
  double      distance_m;
  const char *notes;
  const char *expected;   /* the lines between DTEND and TRANSP */
} EventCase;

#define A10 "AAAAAAAAAA"
#define a10 "aaaaaaaaaa"

static const EventCase event_cases[] = {
  { "nothing-set", RBD_KIND_EASY, NULL, NO_NUMBER, NO_NUMBER, NULL,
    "SUMMARY:Easy\r\n" },
  { "empty-strings", RBD_KIND_EASY, "", NO_NUMBER, NO_NUMBER, "",
    "SUMMARY:Easy\r\n" },
  { "title", RBD_KIND_EASY, "Shake-out", 2100, NO_NUMBER, NULL,
    "SUMMARY:Shake-out (Easy)\r\n"
    "DESCRIPTION:Duration: 35 min\r\n" },
  { "distance-only", RBD_KIND_LONG, NULL, NO_NUMBER, 21097.5, NULL,
    "SUMMARY:Long Run\r\n"
    "DESCRIPTION:Distance: 21.1 km\r\n" },
  { "notes-only", RBD_KIND_MOBILITY, NULL, NO_NUMBER, NO_NUMBER, "Hips and calves",
    "SUMMARY:Mobility\r\n"
    "DESCRIPTION:Hips and calves\r\n" },
  { "zero-duration", RBD_KIND_REST, NULL, 0, NO_NUMBER, NULL,
    "SUMMARY:Rest\r\n"
    "DESCRIPTION:Duration: 0 min\r\n" },
  { "whole-hours", RBD_KIND_LONG, NULL, 7200, NO_NUMBER, NULL,
    "SUMMARY:Long Run\r\n"
    "DESCRIPTION:Duration: 2 h\r\n" },
  { "seconds", RBD_KIND_HILLS, NULL, 270, NO_NUMBER, NULL,
    "SUMMARY:Hills\r\n"
    "DESCRIPTION:Duration: 4 min 30 s\r\n" },
  { "escaping", RBD_KIND_HILLS, "Hills, 8;10 \\ back", NO_NUMBER, NO_NUMBER,
    "Line one\nLine two\r\nLine three\rLine four",
    "SUMMARY:Hills\\, 8\\;10 \\\\ back (Hills)\r\n"
    "DESCRIPTION:Line one\\nLine two\\nLine three\\nLine four\r\n" },
  { "control-characters", RBD_KIND_EASY, "Tab\there\x01 bell\x07", NO_NUMBER, NO_NUMBER, NULL,
    "SUMMARY:Tab\there bell (Easy)\r\n" },
  /* 8 + 80 + 7 = 95 octets: 75 on the first line, the rest after a space */
  { "fold-ascii", RBD_KIND_EASY, A10 A10 A10 A10 A10 A10 A10 A10, NO_NUMBER, NO_NUMBER, NULL,
    "SUMMARY:" A10 A10 A10 A10 A10 A10 "AAAAAAA\r\n"
    " AAAAAAAAAAAAA (Easy)\r\n" },
  /* The second line holds a space and 74 octets. */
  { "fold-twice", RBD_KIND_EASY,
    A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10, NO_NUMBER, NO_NUMBER, NULL,
    "SUMMARY:" A10 A10 A10 A10 A10 A10 "AAAAAAA\r\n"
    " " A10 A10 A10 A10 A10 A10 A10 "AAAA\r\n"
    " AAAAAAAAA (Easy)\r\n" },
  /* "é" takes octets 75 and 76: the fold goes before it (74 on line 1). */
  { "fold-2-byte", RBD_KIND_EASY, a10 a10 a10 a10 a10 a10 "aaaaaaé", NO_NUMBER, NO_NUMBER, NULL,
    "SUMMARY:" a10 a10 a10 a10 a10 a10 "aaaaaa\r\n"
    " é (Easy)\r\n" },
  /* "日" takes octets 74 to 76: 73 on line 1 */
  { "fold-3-byte", RBD_KIND_EASY, a10 a10 a10 a10 a10 a10 "aaaaa日本語", NO_NUMBER, NO_NUMBER,
    NULL,
    "SUMMARY:" a10 a10 a10 a10 a10 a10 "aaaaa\r\n"
    " 日本語 (Easy)\r\n" },
  /* The runner emoji takes octets 73 to 76: 72 on line 1 */
  { "fold-4-byte", RBD_KIND_EASY, a10 a10 a10 a10 a10 a10 "aaaa\xF0\x9F\x8F\x83", NO_NUMBER,
    NO_NUMBER, NULL,
    "SUMMARY:" a10 a10 a10 a10 a10 a10 "aaaa\r\n"
    " \xF0\x9F\x8F\x83 (Easy)\r\n" },
  /* "\," would take octets 75 and 76: kept together on line 2 */
  { "fold-escape", RBD_KIND_EASY, a10 a10 a10 a10 a10 a10 "aaaaaa,", NO_NUMBER, NO_NUMBER, NULL,
    "SUMMARY:" a10 a10 a10 a10 a10 a10 "aaaaaa\r\n"
    " \\, (Easy)\r\n" },
  /* "\\" takes octets 74 and 75: a whole escape, the fold comes after it */
  { "fold-after-backslash", RBD_KIND_EASY, a10 a10 a10 a10 a10 a10 "aaaaa\\x", NO_NUMBER,
    NO_NUMBER, NULL,
    "SUMMARY:" a10 a10 a10 a10 a10 a10 "aaaaa\\\\\r\n"
    " x (Easy)\r\n" },
  /* Their commas are not the ASCII comma: nothing to escape */
  { "japanese", RBD_KIND_RECOVERY, "朝のリカバリージョグ", NO_NUMBER, NO_NUMBER,
    "ゆっくり、会話できるペースで。",
    "SUMMARY:朝のリカバリージョグ (Recovery)\r\n"
    "DESCRIPTION:ゆっくり、会話できるペースで。\r\n" },
  { "arabic", RBD_KIND_EASY, "ركض سهل في الحديقة", NO_NUMBER, NO_NUMBER,
    "بوتيرة مريحة، مع تمارين إطالة",
    "SUMMARY:ركض سهل في الحديقة (Easy)\r\n"
    "DESCRIPTION:بوتيرة مريحة، مع تمارين إطالة\r\n" },
};

static void
test_event (gconstpointer data)
{
  const EventCase *c = data;
  g_autoptr(RbdPlannedSession) session = NULL;
  g_autofree char *text = NULL;
  g_autofree char *middle = NULL;

  session = make_session ("p1", "2026-11-30", c->kind, c->title, c->duration_s, c->distance_m,
                          c->notes);
  text = write_one (session);
  middle = event_middle (text);

  g_assert_cmpstr (middle, ==, c->expected);
  assert_well_formed (text);
}

/* Titles of every length from 0 to 300 characters, mixing 1- to 4-octet
 * characters and characters that are escaped: every fold lands well, and
 * unfolding gives back the escaped title. */
static void
test_fold_any_length (void)
{
  static const char * const pieces[] = {
    "a", "é", "日", "\xF0\x9F\x8F\x83", ",", ";", "\\", "\n", "ل", " ",
  };
  GString *title = g_string_new (NULL);

  for (guint length = 0; length <= 300; length++)
    {
      for (guint shift = 0; shift < G_N_ELEMENTS (pieces); shift += 3)
        {
          g_autoptr(RbdPlannedSession) session = NULL;
          g_autofree char *text = NULL;
          g_autofree char *unfolded = NULL;
          g_autofree char *escaped = NULL;
          g_autofree char *summary = NULL;

          g_string_truncate (title, 0);
          for (guint i = 0; i < length; i++)
            g_string_append (title, pieces[(i * 7 + shift + length) % G_N_ELEMENTS (pieces)]);
          /* Something before the kind, so that the title is never empty. */
          g_string_append_c (title, 'z');

          session = make_session ("p1", "2026-11-30", RBD_KIND_EASY, title->str,
                                  NO_NUMBER, NO_NUMBER, title->str);
          text = write_one (session);
          assert_well_formed (text);

          unfolded = unfold (text);
          escaped = escape (title->str);
          summary = g_strdup_printf ("\r\nSUMMARY:%s (Easy)\r\nDESCRIPTION:%s\r\n",
                                     escaped, escaped);
          g_assert_nonnull (strstr (unfolded, summary));
        }
    }

  g_string_free (title, TRUE);
}

static void
test_uid_stable (void)
{
  g_autoptr(RbdPlannedSession) session = NULL;
  g_autoptr(RbdRecord) copy = NULL;
  g_autoptr(RbdRecord) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *from_copy = NULL;
  g_autofree char *from_json = NULL;
  g_autofree char *uid = NULL;

  session = rbd_planned_session_new ();
  rbd_record_set_string (RBD_RECORD (session), "date", "2026-11-30");
  uid = g_strdup_printf ("\r\nUID:%s@rebound\r\n", rbd_record_get_id (RBD_RECORD (session)));

  /* The same session gives the same event, however often it is written. */
  first = write_one (session);
  second = write_one (session);
  g_assert_cmpstr (first, ==, second);
  g_assert_nonnull (strstr (first, uid));

  /* Moved to another day and renamed, it is still the same event. */
  rbd_record_set_string (RBD_RECORD (session), "date", "2026-12-03");
  rbd_record_set_string (RBD_RECORD (session), "title", "Moved");
  copy = rbd_record_copy (RBD_RECORD (session));
  from_copy = write_one (RBD_PLANNED_SESSION (copy));
  g_assert_nonnull (strstr (from_copy, uid));
  g_assert_nonnull (strstr (from_copy, "\r\nDTSTART;VALUE=DATE:20261203\r\n"));

  /* The id comes from the document. */
  loaded = rbd_record_new_from_text (RBD_TYPE_PLANNED_SESSION,
                                     "{\"id\":\"9f1c\",\"date\":\"2026-11-30\","
                                     "\"kind\":\"tempo\"}",
                                     &error);
  g_assert_no_error (error);
  from_json = write_one (RBD_PLANNED_SESSION (loaded));
  g_assert_nonnull (strstr (from_json, "\r\nUID:9f1c@rebound\r\n"));
  g_assert_nonnull (strstr (from_json, "\r\nSUMMARY:Tempo\r\n"));
}

static void
test_stamp_utc (void)
{
  g_autoptr(GListStore) store = g_list_store_new (RBD_TYPE_PLANNED_SESSION);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("-05:30");
  g_autoptr(GDateTime) stamp = g_date_time_new (zone, 2026, 12, 31, 22, 15, 9);
  g_autofree char *text = NULL;

  append_owned (store, make_session ("p1", "2026-11-30", RBD_KIND_EASY,
                                            NULL, NO_NUMBER, NO_NUMBER, NULL));
  text = rbd_ical_write (G_LIST_MODEL (store), stamp);

  g_assert_nonnull (strstr (text, "\r\nDTSTAMP:20270101T034509Z\r\n"));
}

static char *
list_dir (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);

  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_write_file (void)
{
  g_autoptr(GListStore) store = g_list_store_new (RBD_TYPE_PLANNED_SESSION);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;

  append_owned (store, make_session ("p1", "2026-11-30", RBD_KIND_TEMPO,
                                            "Tempo", 3600, NO_NUMBER, NULL));

  dir = g_dir_make_tmp ("rebound-ical-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "plan.ics", NULL);

  /* Written over an older export */
  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_true (rbd_ical_write_file (G_LIST_MODEL (store), path, &error));
  g_assert_no_error (error);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nUID:p1@rebound\r\n"));
  g_assert_true (g_str_has_suffix (contents, "END:VCALENDAR\r\n"));
  assert_well_formed (contents);

  /* A folder that does not exist: the error says which file, and nothing
   * is left behind. */
  missing = g_build_filename (dir, "nowhere", "plan.ics", NULL);
  g_assert_false (rbd_ical_write_file (G_LIST_MODEL (store), missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.ics");

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ical/document", test_document);
  g_test_add_func ("/ical/empty", test_empty);
  for (guint i = 0; i < G_N_ELEMENTS (event_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/ical/event/%s", event_cases[i].name);

      g_test_add_data_func (name, &event_cases[i], test_event);
    }
  g_test_add_func ("/ical/fold-any-length", test_fold_any_length);
  g_test_add_func ("/ical/uid-stable", test_uid_stable);
  g_test_add_func ("/ical/stamp-utc", test_stamp_utc);
  g_test_add_func ("/ical/write-file", test_write_file);

  return g_test_run ();
}
