/* log-ui-test-util.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-log-page.h"
#include "rbd-notifier.h"
#include "rbd-store.h"

G_BEGIN_DECLS

/* What the Log page's widget tests share: a data folder with a document,
 * the page in a window that has the "win." actions the page offers, a
 * fixed clock, a recording notifier, and ways to find widgets. */

#define WAIT_TIMEOUT_S 10

#define WAIT_UNTIL(cond)                                                        \
  G_STMT_START {                                                                \
    gint64 _deadline = g_get_monotonic_time () + WAIT_TIMEOUT_S * G_USEC_PER_SEC; \
    while (!(cond))                                                             \
      {                                                                         \
        if (g_get_monotonic_time () > _deadline)                                \
          g_error ("Timed out waiting for: %s", #cond);                         \
        g_main_context_iteration (NULL, TRUE);                                  \
      }                                                                         \
  } G_STMT_END

/* The fixed "now" of every test: a Wednesday morning. */
#define TEST_TODAY "2031-03-12"

typedef struct
{
  char                 *dir;
  char                 *data_dir;
  RbdStore             *store;
  RbdRecordingNotifier *notifier;
  GDateTime            *now;
  GtkWidget            *window;
  RbdLogPage           *page;
} Fixture;

void         log_test_init          (int         *argc,
                                     char      ***argv);
void         fixture_open           (Fixture     *fixture,
                                     const char  *document,
                                     int          width,
                                     int          height);
void         fixture_clear          (Fixture     *fixture);
void         fixture_set_now        (Fixture     *fixture,
                                     int          hour,
                                     int          minute);
void         flush_events           (void);

char        *test_day               (int          days_from_today);
char        *test_start             (int          days_from_today,
                                     int          hour);

GtkWidget   *find_widget            (GtkWidget   *root,
                                     GType        type,
                                     const char  *title);
void         collect_widgets        (GtkWidget   *root,
                                     GType        type,
                                     GPtrArray   *out);
char        *dup_label_text         (GtkWidget   *root);
GtkWidget   *find_toplevel          (GType        type);
GtkWidget   *find_action_button     (GtkWidget   *root,
                                     const char  *action_name);
GtkWidget   *find_newest_undo       (Fixture     *fixture);
GtkWidget   *template_child         (gpointer     widget,
                                     GType        type,
                                     const char  *name);

RbdRecord   *get_session            (Fixture     *fixture,
                                     guint        position);
RbdRecord   *find_record            (GListModel  *list,
                                     const char  *id);
guint        n_items                (GListStore  *list);

const char  *last_window_action     (void);

G_END_DECLS
