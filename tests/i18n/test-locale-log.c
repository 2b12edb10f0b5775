/* test-locale-log.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-locale-log"

#include "config.h"

#include <locale.h>

#include "log-ui-test-util.h"
#include "rbd-session-editor.h"
#include "rbd-session-row.h"

/* The Log page in two locales, through its real widgets: the history and
 * the session editor show an evening start as "7:00 PM" in en_US and as
 * "19:00" in de_DE, the editor reads back what it shows (and the other
 * form), and German figures have a decimal comma while the data file
 * keeps ISO times. */

static gboolean
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) != NULL)
    return TRUE;

  g_test_skip_printf ("the %s locale is not available (LOCPATH=%s); tests/i18n/"
                      "build-locales.sh builds it from Debian's \"locales\" package",
                      name, g_getenv ("LOCPATH"));
  return FALSE;
}

static char *
one_session_document (void)
{
  g_autofree char *start = test_start (-1, 19);

  return g_strdup_printf ("{\"format\":\"rebound\",\"version\":1,\"profile\":{},\"planned\":[],"
                          "\"sessions\":["
                          "{\"id\":\"s1\",\"start\":\"%s\",\"kind\":\"easy\",\"duration_s\":2400,"
                          "\"distance_m\":8300,\"rpe\":3}],"
                          "\"checkins\":[],\"routines\":[],\"shoes\":[]}",
                          start);
}

static GtkWidget *
find_row_for (Fixture   *fixture,
              RbdRecord *session)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (fixture->page), RBD_TYPE_SESSION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      if (rbd_session_row_get_session (rows->pdata[i]) == RBD_SESSION (session))
        return rows->pdata[i];
    }

  return NULL;
}

static GtkEditable *
editor_entry (GtkWidget  *editor,
              const char *name)
{
  return GTK_EDITABLE (template_child (editor, RBD_TYPE_SESSION_EDITOR, name));
}

/* Opens s1 in the editor, checks the start it shows, types @typed and
 * saves; the store then has @hour:@minute. Returns the row's text from
 * before the edit. */
static char *
edit_start (Fixture    *fixture,
            const char *shown,
            const char *typed,
            const char *saved)
{
  RbdRecord *s1 = find_record (G_LIST_MODEL (rbd_store_get_sessions (fixture->store)), "s1");
  GtkWidget *row, *editor;
  char *row_text;

  WAIT_UNTIL ((row = find_row_for (fixture, s1)) != NULL);
  row_text = dup_label_text (row);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "log.edit-session", "s",
                                             "s1"));
  WAIT_UNTIL ((editor = find_toplevel (RBD_TYPE_SESSION_EDITOR)) != NULL);

  g_assert_cmpstr (gtk_editable_get_text (editor_entry (editor, "time_entry")), ==, shown);

  gtk_editable_set_text (editor_entry (editor, "time_entry"), typed);
  g_assert_true (rbd_session_editor_is_valid (RBD_SESSION_EDITOR (editor)));
  gtk_widget_activate (template_child (editor, RBD_TYPE_SESSION_EDITOR, "save_button"));
  WAIT_UNTIL (find_toplevel (RBD_TYPE_SESSION_EDITOR) == NULL);

  g_assert_nonnull (strstr (rbd_record_get_string (s1, "start"), saved));

  return row_text;
}

static void
test_twelve_hour (void)
{
  Fixture fixture = { 0, };
  g_autofree char *document = one_session_document ();
  g_autofree char *row_text = NULL;

  if (!use_locale ("en_US.UTF-8"))
    return;

  fixture_open (&fixture, document, 1100, 760);
  row_text = edit_start (&fixture, "7:00 PM", "6:45 am", "T06:45:00+01:00");
  g_assert_nonnull (strstr (row_text, "7:00 PM"));
  g_assert_nonnull (strstr (row_text, "8.3 km"));
  fixture_clear (&fixture);

  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_twenty_four_hour (void)
{
  Fixture fixture = { 0, };
  g_autofree char *document = one_session_document ();
  g_autofree char *row_text = NULL;

  if (!use_locale ("de_DE.UTF-8"))
    return;

  fixture_open (&fixture, document, 1100, 760);
  /* The 12-hour form is read in a 24-hour locale too. */
  row_text = edit_start (&fixture, "19:00", "8:05 PM", "T20:05:00+01:00");
  g_assert_nonnull (strstr (row_text, "19:00"));
  g_assert_null (strstr (row_text, "PM"));
  g_assert_nonnull (strstr (row_text, "8,3 km"));
  fixture_clear (&fixture);

  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  log_test_init (&argc, &argv);
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add_func ("/locale-log/twelve-hour", test_twelve_hour);
  g_test_add_func ("/locale-log/twenty-four-hour", test_twenty_four_hour);

  return g_test_run ();
}
