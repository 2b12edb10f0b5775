/* fuzz-ical.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-ical"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "rbd-ical-writer.h"
#include "rbd-kind.h"
#include "rbd-planned-session.h"

/* The input as a planned session's title (and notes), exported as
 * iCalendar: every line ends in CRLF and is at most 75 octets of valid
 * UTF-8, and unfolding and unescaping SUMMARY gives back "title (Kind)"
 * as rbd_plan_text_summary() composes it. Inputs that are not UTF-8 are
 * skipped: the editor never makes such a title. */

#define MAX_LINE_OCTETS 75
#define KIND            RBD_KIND_EASY

/* What survives as a TEXT value (rbd-ical-writer.c): CRLF and lone CR
 * become LF, other control characters but tab are dropped. */
static char *
text_as_written (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else if (*p == '\n' || *p == '\t' || ((guchar) *p >= 0x20 && *p != 0x7F))
        {
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

static char *
unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p != '\\')
        {
          g_string_append_c (out, *p);
          continue;
        }

      p++;
      switch (*p)
        {
        case '\\': case ';': case ',':
          g_string_append_c (out, *p);
          break;

        case 'n': case 'N':
          g_string_append_c (out, '\n');
          break;

        default:
          rbd_fuzz_fail ("bad escape \"\\%c\" in \"%s\"", *p != '\0' ? *p : '0', value);
        }
    }

  return g_string_free (out, FALSE);
}

/* Checks the physical lines and returns the logical (unfolded) ones. */
static GPtrArray *
unfold (const char *ical)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const char *p = ical;

  if (!g_str_has_suffix (ical, "\r\n"))
    rbd_fuzz_fail ("the document does not end in CRLF");

  while (*p != '\0')
    {
      const char *end = strstr (p, "\r\n");
      gsize len = end - p;

      if (memchr (p, '\r', len) != NULL || memchr (p, '\n', len) != NULL)
        rbd_fuzz_fail ("a line break that is not CRLF in \"%.*s\"", (int) len, p);
      if (len > MAX_LINE_OCTETS)
        rbd_fuzz_fail ("a line of %" G_GSIZE_FORMAT " octets: \"%.*s\"", len, (int) len, p);
      if (!g_utf8_validate_len (p, len, NULL))
        rbd_fuzz_fail ("a fold splits a character: \"%.*s\"", (int) len, p);

      if (*p == ' ')
        {
          char *previous;

          if (lines->len == 0)
            rbd_fuzz_fail ("the document starts with a continuation line");
          previous = lines->pdata[lines->len - 1];
          lines->pdata[lines->len - 1] = g_strdup_printf ("%s%.*s", previous,
                                                          (int) len - 1, p + 1);
          g_free (previous);
        }
      else
        {
          g_ptr_array_add (lines, g_strndup (p, len));
        }

      p = end + 2;
    }

  return g_steal_pointer (&lines);
}

static const char *
find_value (GPtrArray  *lines,
            const char *name)
{
  gsize name_len = strlen (name);

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = lines->pdata[i];

      if (strncmp (line, name, name_len) == 0 && line[name_len] == ':')
        return line + name_len + 1;
    }

  return NULL;
}

void
rbd_fuzz_ical (const guint8 *data,
               gsize         size)
{
  g_autoptr(GListStore) planned = g_list_store_new (RBD_TYPE_PLANNED_SESSION);
  g_autoptr(RbdPlannedSession) session = NULL;
  g_autoptr(GDateTime) stamp = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *title = NULL;
  g_autofree char *ical = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *notes = NULL;
  const char *value;
  RbdRecord *record;

  if (!g_utf8_validate_len ((const char *) data, size, NULL))
    return;

  title = g_strndup ((const char *) data, size);
  session = rbd_planned_session_new ();
  record = RBD_RECORD (session);
  rbd_record_set_string (record, "id", "fuzz");
  rbd_record_set_string (record, "date", "2026-05-04");
  rbd_record_set_enum (record, "kind", KIND);
  rbd_record_set_string (record, "title", title);
  rbd_record_set_string (record, "notes", title);
  g_list_store_append (planned, session);

  stamp = g_date_time_new_utc (2026, 5, 1, 12, 0, 0);
  ical = rbd_ical_write (G_LIST_MODEL (planned), stamp);
  lines = unfold (ical);

  if (*title == '\0')
    {
      expected = g_strdup (rbd_kind_get_label (KIND));
    }
  else
    {
      g_autofree char *written = text_as_written (title);

      expected = g_strdup_printf ("%s (%s)", written, rbd_kind_get_label (KIND));
    }

  value = find_value (lines, "SUMMARY");
  if (value == NULL)
    rbd_fuzz_fail ("no SUMMARY in\n%s", ical);
  summary = unescape (value);
  if (strcmp (summary, expected) != 0)
    rbd_fuzz_fail ("SUMMARY is \"%s\", not \"%s\"", summary, expected);

  /* No duration or distance: the description is the notes alone. */
  value = find_value (lines, "DESCRIPTION");
  if (*title == '\0')
    {
      if (value != NULL)
        rbd_fuzz_fail ("a DESCRIPTION without notes: \"%s\"", value);
      return;
    }
  if (value == NULL)
    rbd_fuzz_fail ("no DESCRIPTION in\n%s", ical);
  notes = unescape (value);
  g_free (expected);
  expected = text_as_written (title);
  if (strcmp (notes, expected) != 0)
    rbd_fuzz_fail ("DESCRIPTION is \"%s\", not \"%s\"", notes, expected);
}

RBD_FUZZ_ENTRY_POINT (rbd_fuzz_ical)
