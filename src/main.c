/* main.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rebound"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "rbd-application.h"

int
main (int   argc,
      char *argv[])
{
  const char *localedir;
  g_autoptr(RbdApplication) app = NULL;

  /* Before anything else, the command-line exports included: they print
   * the week in the user's language and numbers. */
  setlocale (LC_ALL, "");

  /* The tests run the uninstalled app against the build's catalogues
   * (po/<lang>/LC_MESSAGES/rebound.mo in the build tree). */
  localedir = g_getenv ("REBOUND_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rbd_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
