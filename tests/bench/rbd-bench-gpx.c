/* rbd-bench-gpx.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rbd-bench-gpx.h"
#include "rbd-gpx-reader.h"

void
rbd_bench_write_gpx (const char *path,
                     guint       n_points)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) s = g_string_sized_new (n_points * 100);
  g_autoptr(GDateTime) t0 = g_date_time_new_utc (2026, 11, 30, 6, 0, 0);
  double step_deg = 3.0 / (G_PI / 180.0 * RBD_GPX_EARTH_RADIUS_M);

  g_string_append (s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\" "
                      "creator=\"bench\">\n<trk><name>Long</name><trkseg>\n");
  for (guint i = 0; i < n_points; i++)
    {
      g_autoptr(GDateTime) t = g_date_time_add_seconds (t0, i);
      g_autofree char *iso = g_date_time_format (t, "%Y-%m-%dT%H:%M:%SZ");
      char lat[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (lat, sizeof lat, "%.8f", 47.0 + i * step_deg);
      g_string_append_printf (s, "  <trkpt lat=\"%s\" lon=\"8.25\"><ele>%u.0</ele>"
                                 "<time>%s</time></trkpt>\n", lat, 400 + i % 9, iso);
    }
  g_string_append (s, "</trkseg></trk>\n</gpx>\n");

  if (!g_file_set_contents (path, s->str, s->len, &error))
    g_error ("%s", error->message);
}
