/* floor-window.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

/* The floor for build-aux/bench: the least a libadwaita app shows, a
 * window with a header bar and a status page. Rebound's first window is
 * measured against this one, side by side in the same session. */

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Nothing here");
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   "An empty window, to compare start-up against.");
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "document-open-recent-symbolic");
  gtk_widget_set_vexpand (status, TRUE);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  /* The size Rebound opens at the first time, so both draw as much. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.rebound.BenchFloor",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
