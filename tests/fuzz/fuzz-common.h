/* fuzz-common.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

G_BEGIN_DECLS

/* Each target is one function, rbd_fuzz_<target>(), that the libFuzzer
 * entry point calls and that tests/test-fuzz-regressions.c calls too, so
 * that a kept crashing input goes through exactly the same code. */

/* G_DEBUG=fatal-criticals would stop on a breakpoint (SIGTRAP), which
 * libFuzzer does not count as a crash: abort() instead, so that every
 * critical and warning is a finding with its input saved. */
static inline void
rbd_fuzz_log_abort (const char     *log_domain,
                    GLogLevelFlags  log_level,
                    const char     *message,
                    gpointer        user_data)
{
  if ((log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) == 0)
    return;

  fprintf (stderr, "%s: %s\n", log_domain != NULL ? log_domain : "(no domain)", message);
  abort ();
}

static inline GLogWriterOutput
rbd_fuzz_log_writer_abort (GLogLevelFlags   log_level,
                           const GLogField *fields,
                           gsize            n_fields,
                           gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
        domain = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
        message = fields[i].value;
    }

  rbd_fuzz_log_abort (domain, log_level, message, user_data);
  return G_LOG_WRITER_HANDLED;
}

static inline void
rbd_fuzz_install_log_handler (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_log_set_default_handler (rbd_fuzz_log_abort, NULL);
      g_log_set_writer_func (rbd_fuzz_log_writer_abort, NULL, NULL);
      g_once_init_leave (&done, 1);
    }
}

/* A property a target checks did not hold: a crash with the reason. */
#define rbd_fuzz_fail(...) \
  G_STMT_START { \
    fprintf (stderr, "fuzz check failed: " __VA_ARGS__); \
    fputc ('\n', stderr); \
    abort (); \
  } G_STMT_END

void rbd_fuzz_document (const guint8 *data, gsize size);
void rbd_fuzz_gpx      (const guint8 *data, gsize size);
void rbd_fuzz_routines (const guint8 *data, gsize size);
void rbd_fuzz_ical     (const guint8 *data, gsize size);

/* The libFuzzer entry point, left out of the regression test build. */
#ifndef RBD_FUZZ_NO_MAIN
# define RBD_FUZZ_ENTRY_POINT(func) \
  int LLVMFuzzerTestOneInput (const guint8 *data, size_t size); \
  int \
  LLVMFuzzerTestOneInput (const guint8 *data, \
                          size_t        size) \
  { \
    rbd_fuzz_install_log_handler (); \
    func (data, size); \
    return 0; \
  }
#else
# define RBD_FUZZ_ENTRY_POINT(func)
#endif

G_END_DECLS
