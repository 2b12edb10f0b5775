/* rbd-ical-writer.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Planned sessions as an iCalendar (RFC 5545) document: one all-day
 * VEVENT per session, UID from the session id (stable across exports),
 * SUMMARY "title (kind)", DESCRIPTION with duration, distance and notes.
 * CRLF line endings, lines folded at 75 octets without splitting a UTF-8
 * character, text values escaped. @stamp is the DTSTAMP of every event. */
char     *rbd_ical_write       (GListModel   *planned,
                                GDateTime    *stamp);

/* Writes rbd_ical_write() to @path atomically. */
gboolean  rbd_ical_write_file  (GListModel   *planned,
                                const char   *path,
                                GError      **error);

G_END_DECLS
