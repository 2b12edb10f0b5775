/* rbd-ical-writer.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-ical-writer"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rbd-dates.h"
#include "rbd-ical-writer.h"
#include "rbd-plan-text.h"
#include "rbd-planned-session.h"

/* RFC 5545, section 3.1: a content line is at most 75 octets, not
 * counting the line break; a longer one continues on lines that start
 * with a single space (which counts towards their 75). */
#define MAX_LINE_OCTETS 75

/* Appends @line (without its line break) folded, ending in CRLF. A fold
 * never falls inside a UTF-8 sequence: unfolding would put it back
 * together, but many readers decode each physical line on its own. */
static void
append_content_line (GString    *out,
                     const char *line,
                     gsize       len)
{
  gsize start = 0;
  gsize room = MAX_LINE_OCTETS;

  while (len - start > room)
    {
      gsize end = start + room;
      gsize backslashes = 0;

      /* Back up to the lead byte of the character the fold would split. */
      while (end > start + 1 && ((guchar) line[end] & 0xC0) == 0x80)
        end--;

      /* Unfolding would join an escape split in two, but not every reader
       * unfolds before it unescapes: keep "\," and the like whole. An odd
       * run of backslashes before the fold ends in half an escape. */
      while (end - backslashes > start && line[end - backslashes - 1] == '\\')
        backslashes++;
      if (backslashes % 2 == 1 && end - 1 > start)
        end--;

      g_string_append_len (out, line + start, end - start);
      g_string_append (out, "\r\n ");

      start = end;
      room = MAX_LINE_OCTETS - 1;
    }

  g_string_append_len (out, line + start, len - start);
  g_string_append (out, "\r\n");
}

/* TEXT values (section 3.3.11): backslash, semicolon and comma are
 * escaped, a line break becomes "\n"; other control characters are not
 * allowed in TEXT and are dropped. */
static void
append_text_value (GString    *line,
                   const char *text)
{
  g_autofree char *valid = NULL;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (line, "\\\\");
          break;

        case ';':
          g_string_append (line, "\\;");
          break;

        case ',':
          g_string_append (line, "\\,");
          break;

        case '\r':
          /* CRLF and lone CR are one line break each, like LF. */
          if (p[1] != '\n')
            g_string_append (line, "\\n");
          break;

        case '\n':
          g_string_append (line, "\\n");
          break;

        case '\t':
          g_string_append_c (line, '\t');
          break;

        default:
          if ((guchar) *p >= 0x20 && *p != 0x7F)
            g_string_append_c (line, *p);
          break;
        }
    }
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  append_text_value (line, text);
  append_content_line (out, line->str, line->len);
}

/* For values that are never escaped (dates, fixed words). */
static void
append_raw (GString    *out,
            const char *format,
            ...) G_GNUC_PRINTF (2, 3);

static void
append_raw (GString    *out,
            const char *format,
            ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  append_content_line (out, line, strlen (line));
}

static char *
describe (RbdPlannedSession *session)
{
  RbdRecord *record = RBD_RECORD (session);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *notes;

  if (rbd_record_is_set (record, "duration_s"))
    {
      g_autofree char *duration = rbd_plan_text_duration (rbd_record_get_int (record,
                                                                             "duration_s"));

      /* Translators: a line of a calendar event's description */
      g_ptr_array_add (parts, g_strdup_printf (_("Duration: %s"), duration));
    }

  if (rbd_record_is_set (record, "distance_m"))
    {
      g_autofree char *distance = rbd_plan_text_distance (rbd_record_get_double (record,
                                                                                "distance_m"));

      /* Translators: a line of a calendar event's description */
      g_ptr_array_add (parts, g_strdup_printf (_("Distance: %s"), distance));
    }

  notes = rbd_record_get_string (record, "notes");
  if (notes != NULL && *notes != '\0')
    g_ptr_array_add (parts, g_strdup (notes));

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);

  return g_strjoinv ("\n", (char **) parts->pdata);
}

static void
append_event (GString           *out,
              RbdPlannedSession *session,
              const char        *stamp)
{
  RbdRecord *record = RBD_RECORD (session);
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  const char *id;
  GDate day, next;

  id = rbd_record_get_id (record);
  if (id == NULL || !rbd_date_parse (rbd_record_get_string (record, "date"), &day))
    {
      /* The store never holds such a session; one made in code and not
       * finished yet has no place in a calendar. */
      g_debug ("Leaving out a planned session without id or date");
      return;
    }

  next = day;
  g_date_add_days (&next, 1);

  uid = g_strconcat (id, "@rebound", NULL);
  summary = rbd_plan_text_summary (session);
  description = describe (session);

  append_raw (out, "BEGIN:VEVENT");
  append_property (out, "UID", uid);
  append_raw (out, "DTSTAMP:%s", stamp);
  append_raw (out, "DTSTART;VALUE=DATE:%04u%02u%02u",
              g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
  append_raw (out, "DTEND;VALUE=DATE:%04u%02u%02u",
              g_date_get_year (&next), g_date_get_month (&next), g_date_get_day (&next));
  append_property (out, "SUMMARY", summary);
  if (description != NULL)
    append_property (out, "DESCRIPTION", description);
  /* A training session does not make the whole day busy. */
  append_raw (out, "TRANSP:TRANSPARENT");
  append_raw (out, "END:VEVENT");
}

/**
 * rbd_ical_write:
 * @planned: a list of #RbdPlannedSession
 * @stamp: when the export was made; written as DTSTAMP in UTC
 *
 * Returns: (transfer full): the iCalendar document
 */
char *
rbd_ical_write (GListModel *planned,
                GDateTime  *stamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *stamp_text = NULL;
  GString *out;
  guint n_items;

  g_return_val_if_fail (G_IS_LIST_MODEL (planned), NULL);
  g_return_val_if_fail (stamp != NULL, NULL);

  utc = g_date_time_to_utc (stamp);
  stamp_text = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");

  out = g_string_new (NULL);
  append_raw (out, "BEGIN:VCALENDAR");
  append_raw (out, "VERSION:2.0");
  append_raw (out, "PRODID:-//Rebound//Rebound %s//EN", VERSION);
  append_raw (out, "CALSCALE:GREGORIAN");

  n_items = g_list_model_get_n_items (planned);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (planned, i);

      if (RBD_IS_PLANNED_SESSION (item))
        append_event (out, RBD_PLANNED_SESSION (item), stamp_text);
    }

  append_raw (out, "END:VCALENDAR");

  return g_string_free (out, FALSE);
}

/**
 * rbd_ical_write_file:
 *
 * Writes all of @planned to @path, replacing what was there only once
 * the new file is complete.
 */
gboolean
rbd_ical_write_file (GListModel  *planned,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (planned), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  now = g_date_time_new_now_utc ();
  text = rbd_ical_write (planned, now);

  /* An export is meant to be shared with other apps: world-readable. */
  if (!g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0644, error))
    {
      g_autofree char *display = g_filename_display_name (path);

      /* GLib names its temporary file; say which file the user asked for. */
      g_prefix_error (error, _("Could not write %s: "), display);
      return FALSE;
    }

  return TRUE;
}
