/* rbd-gpx-reader.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-gpx-reader"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rbd-gpx-reader.h"
#include "rbd-limits.h"

/* GMarkup rather than a DOM: the file streams through in chunks, and only
 * four numbers per point are kept, in one flat array. A watch's marathon
 * at one point a second is about 15,000 points; a week-long ultra could be
 * ten times that, which is why nothing here is per-point objects. */

#define CHUNK_SIZE (64 * 1024)

#define METRES_PER_DEGREE (RBD_GPX_EARTH_RADIUS_M * G_PI / 180.0)

#define GPX_1_0_NS "http://www.topografix.com/GPX/1/0"
#define GPX_1_1_NS "http://www.topografix.com/GPX/1/1"

struct _RbdGpxTrack
{
  GObject       parent_instance;

  char         *display_name;
  char         *name;
  GArray       *points;      /* RbdGpxPoint, only those kept */
  GArray       *segments;    /* guint: index of each segment's first point */
  gboolean      is_route;
  gboolean      has_times;
  double        distance_m;
  int           duration_s;
  int           moving_s;
  double        elevation_gain_m;
  GDateTime    *start;
  RbdGpxBounds  bounds;
  guint         n_jumps;
  guint         n_backwards;
};

G_DEFINE_FINAL_TYPE (RbdGpxTrack, rbd_gpx_track, G_TYPE_OBJECT)

G_DEFINE_QUARK (rbd-gpx-error-quark, rbd_gpx_error)

/* Points as read, before any is judged. */
typedef struct
{
  GArray *points;
  GArray *segments;
  char   *name;
} PointList;

/* A namespace declaration in scope: xmlns (prefix NULL) or xmlns:prefix. */
typedef struct
{
  char *prefix;
  char *uri;
  int   depth;
} Binding;

typedef enum
{
  FIELD_NONE,
  FIELD_ELE,
  FIELD_TIME,
  FIELD_NAME,
} Field;

typedef struct
{
  const char          *display_name;
  GMarkupParseContext *context;
  GArray              *bindings;
  gboolean             root_seen;
  gboolean             root_has_ns;
  int                  depth;
  int                  trk_depth;
  int                  seg_depth;
  int                  rte_depth;
  int                  pt_depth;
  Field                field;
  int                  field_depth;
  GString             *text;
  PointList            trk;
  PointList            rte;
  PointList           *current;
  RbdGpxPoint          point;
} Parser;

static void
point_list_init (PointList *list)
{
  list->points = g_array_sized_new (FALSE, FALSE, sizeof (RbdGpxPoint), 1024);
  list->segments = g_array_new (FALSE, FALSE, sizeof (guint));
  list->name = NULL;
}

static void
point_list_clear (PointList *list)
{
  g_clear_pointer (&list->points, g_array_unref);
  g_clear_pointer (&list->segments, g_array_unref);
  g_clear_pointer (&list->name, g_free);
}

static void
binding_clear (gpointer data)
{
  Binding *binding = data;

  g_free (binding->prefix);
  g_free (binding->uri);
}

static int
line_number (Parser *p)
{
  int line = 0;

  g_markup_parse_context_get_position (p->context, &line, NULL);

  return line;
}

static const char *
local_name (const char *qname,
            gsize      *prefix_len)
{
  const char *colon = strchr (qname, ':');

  if (colon == NULL)
    {
      *prefix_len = 0;
      return qname;
    }

  *prefix_len = colon - qname;

  return colon + 1;
}

static gboolean
is_gpx_namespace (const char *uri)
{
  return g_strcmp0 (uri, GPX_1_1_NS) == 0 || g_strcmp0 (uri, GPX_1_0_NS) == 0;
}

/* The namespace of @prefix (length @len, 0 for none) where the parser is,
 * or NULL when nothing declares it. */
static const char *
resolve_prefix (Parser     *p,
                const char *prefix,
                gsize       len)
{
  for (guint i = p->bindings->len; i > 0; i--)
    {
      Binding *b = &g_array_index (p->bindings, Binding, i - 1);

      if (len == 0 && b->prefix == NULL)
        return b->uri;
      if (len > 0 && b->prefix != NULL && strlen (b->prefix) == len &&
          strncmp (b->prefix, prefix, len) == 0)
        return b->uri;
    }

  return NULL;
}

/* Any prefix the file chose for the GPX namespace is fine; a file without
 * namespaces at all (some old exporters) is read as GPX too. Elements of
 * other namespaces (extensions) are skipped even when their local name is
 * "trkpt" or "time". */
static gboolean
in_gpx_namespace (Parser     *p,
                  const char *qname)
{
  gsize len;
  const char *uri;

  local_name (qname, &len);
  uri = resolve_prefix (p, qname, len);

  if (uri == NULL)
    return len == 0 && !p->root_has_ns;

  return is_gpx_namespace (uri);
}

static void
push_bindings (Parser      *p,
               const char **names,
               const char **values)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      Binding b;

      if (names[i][0] != 'x' || strncmp (names[i], "xmlns", 5) != 0)
        continue;

      if (names[i][5] == '\0')
        b.prefix = NULL;
      else if (names[i][5] == ':')
        b.prefix = g_strdup (names[i] + 6);
      else
        continue;

      /* xmlns="" undeclares the default namespace. */
      b.uri = values[i][0] != '\0' ? g_strdup (values[i]) : NULL;
      b.depth = p->depth;
      g_array_append_val (p->bindings, b);
    }
}

static void
pop_bindings (Parser *p)
{
  while (p->bindings->len > 0 &&
         g_array_index (p->bindings, Binding, p->bindings->len - 1).depth == p->depth)
    g_array_set_size (p->bindings, p->bindings->len - 1);
}

static const char *
find_attribute (const char **names,
                const char **values,
                const char  *wanted)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (strcmp (names[i], wanted) == 0)
        return values[i];
    }

  return NULL;
}

/* Plain decimals such as -50.12345678, read without strtod: a third of the
 * time of a large file went there. With at most 15 digits and 22
 * decimals, both the digits and the power of ten are exact doubles, so the
 * one division rounds exactly as strtod would. */
static gboolean
parse_simple_decimal (const char *text,
                      double     *value)
{
  static const double powers[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  };
  const char *s = text;
  gboolean negative = FALSE;
  guint64 digits = 0;
  guint n_digits = 0;
  guint n_decimals = 0;

  if (*s == '-' || *s == '+')
    negative = *s++ == '-';

  for (; g_ascii_isdigit (*s); s++, n_digits++)
    digits = digits * 10 + (guint64) (*s - '0');

  if (*s == '.')
    {
      for (s++; g_ascii_isdigit (*s); s++, n_digits++, n_decimals++)
        digits = digits * 10 + (guint64) (*s - '0');
    }

  while (g_ascii_isspace (*s))
    s++;

  if (*s != '\0' || n_digits == 0 || n_digits > 15 || n_decimals >= G_N_ELEMENTS (powers))
    return FALSE;

  *value = (double) digits / powers[n_decimals];
  if (negative)
    *value = -*value;

  return TRUE;
}

/* A decimal number, with nothing but white space around it. */
static gboolean
parse_number (const char *text,
              double     *value)
{
  char *end = NULL;

  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return FALSE;

  if (parse_simple_decimal (text, value))
    return TRUE;

  errno = 0;
  *value = g_ascii_strtod (text, &end);
  if (end == text || errno == ERANGE)
    return FALSE;

  while (g_ascii_isspace (*end))
    end++;

  return *end == '\0' && isfinite (*value);
}

static gboolean
read_digits (const char *s,
             guint       n,
             int        *value)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }

  *value = v;

  return TRUE;
}

/* Days from 1970-01-01 to a proleptic Gregorian date. */
static gint64
days_from_civil (int y,
                 int m,
                 int d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

/* The form every device writes, 2026-11-30T07:10:00Z with optional
 * fractions and offset, read by hand: GDateTime would make a 100,000-point
 * file several times slower. Anything else goes to GDateTime. */
static gboolean
parse_time_fast (const char *s,
                 gint64     *time_ms)
{
  int year, month, day, hour, minute, second, ms = 0, offset_s = 0;
  guint i = 19;

  if (!read_digits (s, 4, &year) || s[4] != '-' || !read_digits (s + 5, 2, &month) ||
      s[7] != '-' || !read_digits (s + 8, 2, &day) || (s[10] != 'T' && s[10] != 't') ||
      !read_digits (s + 11, 2, &hour) || s[13] != ':' || !read_digits (s + 14, 2, &minute) ||
      s[16] != ':' || !read_digits (s + 17, 2, &second))
    return FALSE;

  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  if (s[i] == '.' || s[i] == ',')
    {
      int scale = 100;

      i++;
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      for (; g_ascii_isdigit (s[i]); i++)
        {
          ms += (s[i] - '0') * scale;
          scale /= 10;
        }
    }

  if (s[i] == 'Z' || s[i] == 'z')
    {
      i++;
    }
  else if (s[i] == '+' || s[i] == '-')
    {
      int oh, om = 0;
      int sign = s[i] == '-' ? -1 : 1;

      if (!read_digits (s + i + 1, 2, &oh))
        return FALSE;
      i += 3;
      if (s[i] == ':')
        i++;
      if (g_ascii_isdigit (s[i]))
        {
          if (!read_digits (s + i, 2, &om))
            return FALSE;
          i += 2;
        }
      if (oh > 23 || om > 59)
        return FALSE;
      offset_s = sign * (oh * 3600 + om * 60);
    }

  while (g_ascii_isspace (s[i]))
    i++;
  if (s[i] != '\0')
    return FALSE;

  *time_ms = ((days_from_civil (year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
               offset_s) * 1000) + ms;

  return TRUE;
}

static gboolean
parse_time (const char *text,
            gint64     *time_ms)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *stripped = NULL;

  while (g_ascii_isspace (*text))
    text++;

  if (parse_time_fast (text, time_ms))
    return TRUE;

  /* GPX times are UTC (the schema says so), also when the offset is left
   * out. */
  stripped = g_strstrip (g_strdup (text));
  utc = g_time_zone_new_utc ();
  dt = g_date_time_new_from_iso8601 (stripped, utc);
  if (dt == NULL)
    return FALSE;

  *time_ms = g_date_time_to_unix (dt) * 1000 + g_date_time_get_microsecond (dt) / 1000;

  return TRUE;
}

static gboolean
begin_point (Parser      *p,
             PointList   *list,
             const char **names,
             const char **values,
             GError     **error)
{
  const char *lat_text = find_attribute (names, values, "lat");
  const char *lon_text = find_attribute (names, values, "lon");
  double lat, lon;

  if (lat_text == NULL || lon_text == NULL)
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_INVALID,
                   _("%s: the point on line %d has no latitude or longitude"),
                   p->display_name, line_number (p));
      return FALSE;
    }

  if (!parse_number (lat_text, &lat) || !parse_number (lon_text, &lon))
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_INVALID,
                   _("%s: the point on line %d has coordinates that are not numbers "
                     "(“%s”, “%s”)"),
                   p->display_name, line_number (p), lat_text, lon_text);
      return FALSE;
    }

  if (lat < -90.0 || lat > 90.0)
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_OUT_OF_RANGE,
                   _("%s: the point on line %d has latitude %g, outside -90 to 90"),
                   p->display_name, line_number (p), lat);
      return FALSE;
    }

  if (lon < -180.0 || lon > 180.0)
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_OUT_OF_RANGE,
                   _("%s: the point on line %d has longitude %g, outside -180 to 180"),
                   p->display_name, line_number (p), lon);
      return FALSE;
    }

  p->point.lat = lat;
  p->point.lon = lon;
  p->point.ele = NAN;
  p->point.time_ms = RBD_GPX_NO_TIME;
  p->current = list;
  p->pt_depth = p->depth;

  return TRUE;
}

static void
begin_field (Parser *p,
             Field   field)
{
  p->field = field;
  p->field_depth = p->depth;
  g_string_truncate (p->text, 0);
}

static gboolean
root_element (Parser      *p,
              const char  *element_name,
              const char  *local,
              GError     **error)
{
  gsize len;
  const char *uri;

  local_name (element_name, &len);
  uri = resolve_prefix (p, element_name, len);

  p->root_seen = TRUE;
  p->root_has_ns = uri != NULL;

  if (strcmp (local, "gpx") != 0)
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_NOT_GPX,
                   _("%s is not a GPX file: it holds <%s>, not <gpx>"),
                   p->display_name, element_name);
      return FALSE;
    }

  if (uri != NULL && !is_gpx_namespace (uri))
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_NOT_GPX,
                   _("%s is not a GPX 1.0 or 1.1 file: its <gpx> is in the namespace “%s”"),
                   p->display_name, uri);
      return FALSE;
    }

  return TRUE;
}

static void
on_start_element (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Parser *p = user_data;
  const char *local;
  gsize prefix_len;
  guint start;

  p->depth++;
  push_bindings (p, names, values);
  local = local_name (element_name, &prefix_len);

  if (p->depth == 1)
    {
      root_element (p, element_name, local, error);
      return;
    }

  /* Markup inside <ele>, <time> or <name> is not GPX; its text is. */
  if (p->field != FIELD_NONE)
    return;

  switch (p->depth)
    {
    case 2:
      if (strcmp (local, "trk") == 0 && in_gpx_namespace (p, element_name))
        {
          p->trk_depth = p->depth;
        }
      else if (strcmp (local, "rte") == 0 && in_gpx_namespace (p, element_name))
        {
          p->rte_depth = p->depth;
          start = p->rte.points->len;
          g_array_append_val (p->rte.segments, start);
        }
      break;

    case 3:
      if (p->trk_depth != 0 && strcmp (local, "trkseg") == 0 &&
          in_gpx_namespace (p, element_name))
        {
          p->seg_depth = p->depth;
          start = p->trk.points->len;
          g_array_append_val (p->trk.segments, start);
        }
      else if (p->rte_depth != 0 && strcmp (local, "rtept") == 0 &&
               in_gpx_namespace (p, element_name))
        {
          begin_point (p, &p->rte, names, values, error);
        }
      else if ((p->trk_depth != 0 || p->rte_depth != 0) && strcmp (local, "name") == 0 &&
               in_gpx_namespace (p, element_name))
        {
          begin_field (p, FIELD_NAME);
        }
      break;

    case 4:
      if (p->seg_depth != 0 && strcmp (local, "trkpt") == 0 &&
          in_gpx_namespace (p, element_name))
        {
          begin_point (p, &p->trk, names, values, error);
          break;
        }
      G_GNUC_FALLTHROUGH;

    default:
      if (p->pt_depth != 0 && p->depth == p->pt_depth + 1)
        {
          if (strcmp (local, "ele") == 0 && in_gpx_namespace (p, element_name))
            begin_field (p, FIELD_ELE);
          else if (strcmp (local, "time") == 0 && in_gpx_namespace (p, element_name))
            begin_field (p, FIELD_TIME);
        }
      break;
    }
}

static void
end_field (Parser  *p,
           GError **error)
{
  const char *text = p->text->str;
  double ele;

  switch (p->field)
    {
    case FIELD_ELE:
      if (!parse_number (text, &ele))
        {
          /* An empty <ele/> is a point without elevation. */
          if (*g_strstrip (p->text->str) == '\0')
            break;
          g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_INVALID,
                       _("%s: the elevation “%s” on line %d is not a number"),
                       p->display_name, text, line_number (p));
          break;
        }
      p->point.ele = ele;
      break;

    case FIELD_TIME:
      if (!parse_time (text, &p->point.time_ms))
        {
          if (*g_strstrip (p->text->str) == '\0')
            break;
          g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_INVALID,
                       _("%s: the time “%s” on line %d is not a date and time"),
                       p->display_name, text, line_number (p));
        }
      break;

    case FIELD_NAME:
      {
        PointList *list = p->trk_depth != 0 ? &p->trk : &p->rte;

        if (list->name == NULL)
          list->name = g_strdup (g_strstrip (p->text->str));
      }
      break;

    case FIELD_NONE:
    default:
      break;
    }

  p->field = FIELD_NONE;
}

static void
on_end_element (GMarkupParseContext  *context,
                const char           *element_name,
                gpointer              user_data,
                GError              **error)
{
  Parser *p = user_data;

  if (p->field != FIELD_NONE && p->depth == p->field_depth)
    {
      end_field (p, error);
    }
  else if (p->depth == p->pt_depth)
    {
      g_array_append_val (p->current->points, p->point);
      p->pt_depth = 0;
    }
  else if (p->depth == p->seg_depth)
    {
      p->seg_depth = 0;
    }
  else if (p->depth == p->trk_depth)
    {
      p->trk_depth = 0;
    }
  else if (p->depth == p->rte_depth)
    {
      p->rte_depth = 0;
    }

  pop_bindings (p);
  p->depth--;
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 text_len,
         gpointer              user_data,
         GError              **error)
{
  Parser *p = user_data;

  if (p->field != FIELD_NONE)
    g_string_append_len (p->text, text, text_len);
}

static const GMarkupParser markup_parser = {
  on_start_element,
  on_end_element,
  on_text,
  NULL,
  NULL,
};

static void
parser_init (Parser     *p,
             const char *display_name)
{
  memset (p, 0, sizeof *p);
  p->display_name = display_name;
  p->bindings = g_array_new (FALSE, FALSE, sizeof (Binding));
  g_array_set_clear_func (p->bindings, binding_clear);
  p->text = g_string_new (NULL);
  point_list_init (&p->trk);
  point_list_init (&p->rte);
  p->context = g_markup_parse_context_new (&markup_parser, 0, p, NULL);
}

static void
parser_clear (Parser *p)
{
  g_clear_pointer (&p->context, g_markup_parse_context_free);
  g_clear_pointer (&p->bindings, g_array_unref);
  if (p->text != NULL)
    g_string_free (g_steal_pointer (&p->text), TRUE);
  point_list_clear (&p->trk);
  point_list_clear (&p->rte);
}

/* Gives GMarkup's own errors (not XML, cut off) the file name and line. */
static void
set_markup_error (Parser   *p,
                  GError   *markup_error,
                  gboolean  at_end,
                  GError  **error)
{
  if (markup_error->domain == RBD_GPX_ERROR)
    {
      g_propagate_error (error, markup_error);
      return;
    }

  if (at_end && markup_error->code == G_MARKUP_ERROR_EMPTY)
    g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_NOT_XML,
                 _("%s is empty"), p->display_name);
  else if (at_end && p->root_seen)
    g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_TRUNCATED,
                 _("%s ends too early, as if it were cut off: %s"),
                 p->display_name, markup_error->message);
  else
    g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_NOT_XML,
                 _("%s is not a GPX file: it is not valid XML: %s"),
                 p->display_name, markup_error->message);

  g_error_free (markup_error);
}

static gboolean
parser_feed (Parser      *p,
             const char  *data,
             gsize        length,
             gboolean     first,
             GError     **error)
{
  GError *local_error = NULL;

  /* GMarkup doesn't skip a byte order mark. */
  if (first && length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!g_markup_parse_context_parse (p->context, data, length, &local_error))
    {
      set_markup_error (p, local_error, FALSE, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parser_finish (Parser  *p,
               GError **error)
{
  GError *local_error = NULL;

  if (!g_markup_parse_context_end_parse (p->context, &local_error))
    {
      set_markup_error (p, local_error, TRUE, error);
      return FALSE;
    }

  return TRUE;
}

/* The haversine formula, with the cosines of the latitudes given: a
 * track's loop carries one over to the next pair. */
static double
haversine (double lat1,
           double lon1,
           double cos_lat1,
           double lat2,
           double lon2,
           double cos_lat2)
{
  double to_rad = G_PI / 180.0;
  double s_lat = sin ((lat2 - lat1) * to_rad / 2.0);
  double s_lon = sin ((lon2 - lon1) * to_rad / 2.0);
  double a = s_lat * s_lat + cos_lat1 * cos_lat2 * s_lon * s_lon;

  return 2.0 * RBD_GPX_EARTH_RADIUS_M * asin (sqrt (MIN (1.0, a)));
}

static double
cos_deg (double degrees)
{
  return cos (degrees * G_PI / 180.0);
}

double
rbd_gpx_distance_m (double lat1,
                    double lon1,
                    double lat2,
                    double lon2)
{
  return haversine (lat1, lon1, cos_deg (lat1), lat2, lon2, cos_deg (lat2));
}

static double
point_distance (const RbdGpxPoint *a,
                const RbdGpxPoint *b)
{
  return rbd_gpx_distance_m (a->lat, a->lon, b->lat, b->lon);
}

static gboolean
is_plausible_step (const RbdGpxPoint *from,
                   const RbdGpxPoint *to)
{
  double dt, limit;

  if (from->time_ms == RBD_GPX_NO_TIME || to->time_ms == RBD_GPX_NO_TIME)
    return TRUE;

  if (to->time_ms < from->time_ms)
    return FALSE;

  /* Two points in the same second are common (no sub-second times): one
   * second is the shortest interval judged. */
  dt = MAX ((to->time_ms - from->time_ms) / 1000.0, 1.0);
  limit = RBD_GPX_MAX_SPEED_MS * dt;

  /* Along the meridian and then the parallel is never shorter than the
   * great circle, and needs no trigonometry: almost every step passes
   * here. */
  if ((fabs (to->lat - from->lat) + fabs (to->lon - from->lon)) * METRES_PER_DEGREE <= limit)
    return TRUE;

  return point_distance (from, to) <= limit;
}

typedef struct
{
  GArray *points;        /* filtered in place */
  GArray *segments;      /* new, kept segments only */
  guint   w;             /* points kept so far */
  guint   seg_first;     /* index of the current segment's first kept point */
  gint64  last_time;
  guint   n_timed;
  guint   n_backwards;
  guint   n_jumps;
} Cleaner;

static void
keep_point (Cleaner           *c,
            const RbdGpxPoint *point)
{
  g_array_index (c->points, RbdGpxPoint, c->w++) = *point;
  if (point->time_ms != RBD_GPX_NO_TIME)
    c->last_time = point->time_ms;
}

static void
close_segment (Cleaner *c)
{
  if (c->w > c->seg_first)
    g_array_append_val (c->segments, c->seg_first);
  c->seg_first = c->w;
}

/* Drops clock glitches and GPS jumps (see the header for the rules), in
 * place: a kept point is never written ahead of the one being read. */
static GArray *
clean_points (PointList *list,
              Cleaner   *c)
{
  RbdGpxPoint *raw = (RbdGpxPoint *) (gpointer) list->points->data;
  guint n_raw = list->points->len;

  c->points = list->points;
  c->segments = g_array_new (FALSE, FALSE, sizeof (guint));
  c->last_time = RBD_GPX_NO_TIME;

  for (guint s = 0; s < list->segments->len; s++)
    {
      guint first = g_array_index (list->segments, guint, s);
      guint end = s + 1 < list->segments->len ? g_array_index (list->segments, guint, s + 1)
                                              : n_raw;
      RbdGpxPoint pending[RBD_GPX_RESYNC_POINTS];
      guint n_pending = 0;

      c->seg_first = c->w;

      for (guint r = first; r < end; r++)
        {
          RbdGpxPoint point = raw[r];

          if (point.time_ms != RBD_GPX_NO_TIME)
            {
              c->n_timed++;
              if (c->last_time != RBD_GPX_NO_TIME && point.time_ms < c->last_time)
                {
                  c->n_backwards++;
                  continue;
                }
            }

          if (c->w == c->seg_first ||
              is_plausible_step (&g_array_index (c->points, RbdGpxPoint, c->w - 1), &point))
            {
              c->n_jumps += n_pending;
              n_pending = 0;
              keep_point (c, &point);
              continue;
            }

          if (n_pending > 0 && !is_plausible_step (&pending[n_pending - 1], &point))
            {
              c->n_jumps += n_pending;
              n_pending = 0;
            }
          pending[n_pending++] = point;

          if (n_pending == RBD_GPX_RESYNC_POINTS)
            {
              /* A segment of one point followed by points that agree with
               * each other but not with it: that one point was the jump. */
              if (c->w - c->seg_first == 1)
                {
                  c->w--;
                  c->n_jumps++;
                }
              close_segment (c);
              for (guint i = 0; i < n_pending; i++)
                keep_point (c, &pending[i]);
              n_pending = 0;
            }
        }

      c->n_jumps += n_pending;
      close_segment (c);
    }

  g_array_set_size (c->points, c->w);

  return c->segments;
}

static double
segment_elevation_gain (const RbdGpxPoint *points,
                        guint              n,
                        gboolean          *has_elevation)
{
  double gain = 0.0;
  double ref = 0.0;
  gboolean have_ref = FALSE;
  gboolean climbing = FALSE;

  for (guint i = 0; i < n; i++)
    {
      double ele = points[i].ele;

      if (isnan (ele))
        continue;

      *has_elevation = TRUE;
      if (!have_ref)
        {
          ref = ele;
          have_ref = TRUE;
        }
      else if (ele > ref)
        {
          if (climbing || ele - ref > RBD_GPX_ELEVATION_HYSTERESIS_M)
            {
              gain += ele - ref;
              ref = ele;
              climbing = TRUE;
            }
        }
      else if (ele < ref)
        {
          if (!climbing || ref - ele > RBD_GPX_ELEVATION_HYSTERESIS_M)
            {
              ref = ele;
              climbing = FALSE;
            }
        }
    }

  return gain;
}

static double
window_moving_s (const RbdGpxPoint *a,
                 const RbdGpxPoint *b)
{
  double dt = (b->time_ms - a->time_ms) / 1000.0;

  if (dt <= 0.0)
    return 0.0;

  return point_distance (a, b) / dt >= RBD_GPX_MOVING_MIN_SPEED_MS ? dt : 0.0;
}

static double
segment_moving_s (const RbdGpxPoint *points,
                  guint              n)
{
  const RbdGpxPoint *start = NULL;
  const RbdGpxPoint *prev = NULL;
  double moving = 0.0;

  for (guint i = 0; i < n; i++)
    {
      const RbdGpxPoint *q = &points[i];

      if (q->time_ms == RBD_GPX_NO_TIME)
        continue;

      if (start == NULL)
        {
          start = prev = q;
          continue;
        }

      /* A long interval is judged on its own, so that a pause doesn't
       * swallow the running just before it. */
      if (prev != start && (q->time_ms - prev->time_ms) / 1000.0 >= RBD_GPX_MOVING_WINDOW_S)
        {
          moving += window_moving_s (start, prev);
          start = prev;
        }

      prev = q;
      if ((prev->time_ms - start->time_ms) / 1000.0 >= RBD_GPX_MOVING_WINDOW_S)
        {
          moving += window_moving_s (start, prev);
          start = prev;
        }
    }

  if (start != NULL && prev != start)
    moving += window_moving_s (start, prev);

  return moving;
}

static void
compute_stats (RbdGpxTrack *self)
{
  const RbdGpxPoint *points = (const RbdGpxPoint *) (gconstpointer) self->points->data;
  guint n = self->points->len;
  gint64 first_time = RBD_GPX_NO_TIME;
  gint64 last_time = RBD_GPX_NO_TIME;
  gboolean has_elevation = FALSE;
  double gain = 0.0;
  double moving = 0.0;

  self->bounds.min_lat = self->bounds.max_lat = points[0].lat;
  self->bounds.min_lon = self->bounds.max_lon = points[0].lon;

  for (guint i = 0; i < n; i++)
    {
      self->bounds.min_lat = MIN (self->bounds.min_lat, points[i].lat);
      self->bounds.max_lat = MAX (self->bounds.max_lat, points[i].lat);
      self->bounds.min_lon = MIN (self->bounds.min_lon, points[i].lon);
      self->bounds.max_lon = MAX (self->bounds.max_lon, points[i].lon);

      if (points[i].time_ms != RBD_GPX_NO_TIME)
        {
          if (first_time == RBD_GPX_NO_TIME)
            first_time = points[i].time_ms;
          last_time = points[i].time_ms;
        }
    }

  for (guint s = 0; s < self->segments->len; s++)
    {
      guint first, count;
      double cos_prev;

      rbd_gpx_track_get_segment (self, s, &first, &count);

      cos_prev = cos_deg (points[first].lat);

      for (guint i = first + 1; i < first + count; i++)
        {
          double cos_lat = cos_deg (points[i].lat);

          self->distance_m += haversine (points[i - 1].lat, points[i - 1].lon, cos_prev,
                                         points[i].lat, points[i].lon, cos_lat);
          cos_prev = cos_lat;
        }

      gain += segment_elevation_gain (points + first, count, &has_elevation);
      moving += segment_moving_s (points + first, count);
    }

  self->elevation_gain_m = has_elevation ? gain : RBD_UNSET;
  self->has_times = first_time != RBD_GPX_NO_TIME;

  if (self->has_times)
    {
      /* Whole seconds: the document keeps no fractions. */
      self->start = g_date_time_new_from_unix_utc (first_time / 1000);
      self->duration_s = (int) MIN ((last_time - first_time + 500) / 1000, (gint64) G_MAXINT);
      self->moving_s = (int) MIN (round (moving), (double) G_MAXINT);
    }
  else
    {
      self->duration_s = RBD_UNSET;
      self->moving_s = RBD_UNSET;
    }
}

/* From the points as read to the track, or the reason there is none. */
static RbdGpxTrack *
build_track (Parser  *p,
             GError **error)
{
  g_autoptr(RbdGpxTrack) self = NULL;
  PointList *list;
  Cleaner cleaner = { 0 };
  guint n_raw;

  list = p->trk.points->len > 0 ? &p->trk : &p->rte;
  n_raw = list->points->len;

  if (n_raw == 0)
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_NO_POINTS,
                   _("%s has no track or route points"), p->display_name);
      return NULL;
    }

  self = g_object_new (RBD_TYPE_GPX_TRACK, NULL);
  self->display_name = g_strdup (p->display_name);
  self->is_route = list == &p->rte;
  self->name = g_steal_pointer (&list->name);
  self->segments = clean_points (list, &cleaner);
  self->points = g_steal_pointer (&list->points);
  self->n_jumps = cleaner.n_jumps;
  self->n_backwards = cleaner.n_backwards;

  if (cleaner.n_backwards > RBD_GPX_MAX_BACKWARDS_SHARE * cleaner.n_timed)
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_TIME_ORDER,
                   /* Translators: %s is a file; the plural follows the
                    * second number, all the timed points */
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: the times go backwards at %u of %u point, so it is not "
                                "one recording in order",
                                "%s: the times go backwards at %u of %u points, so it is not "
                                "one recording in order",
                                cleaner.n_timed),
                   p->display_name, cleaner.n_backwards, cleaner.n_timed);
      return NULL;
    }

  if (self->points->len < 2)
    {
      if (n_raw == 1)
        g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_SINGLE_POINT,
                     _("%s has only one point: there is no distance or time in it"),
                     p->display_name);
      else
        g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_SINGLE_POINT,
                     /* Translators: %s is a file, %u how many points it has */
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%s has only one usable point of %u: the others jump "
                                  "further than a runner can go",
                                  "%s has only one usable point of %u: the others jump "
                                  "further than a runner can go",
                                  n_raw),
                     p->display_name, n_raw);
      return NULL;
    }

  compute_stats (self);

  return g_steal_pointer (&self);
}

static void
rbd_gpx_track_finalize (GObject *object)
{
  RbdGpxTrack *self = (RbdGpxTrack *)object;

  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->segments, g_array_unref);
  g_clear_pointer (&self->start, g_date_time_unref);

  G_OBJECT_CLASS (rbd_gpx_track_parent_class)->finalize (object);
}

static void
rbd_gpx_track_class_init (RbdGpxTrackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rbd_gpx_track_finalize;
}

static void
rbd_gpx_track_init (RbdGpxTrack *self)
{
  self->duration_s = RBD_UNSET;
  self->moving_s = RBD_UNSET;
  self->elevation_gain_m = RBD_UNSET;
}

static void
set_read_error (GError     **error,
                const char  *display_name,
                int          saved_errno)
{
  g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_READ,
               _("Could not read %s: %s"), display_name, g_strerror (saved_errno));
}

/**
 * rbd_gpx_track_new_from_file:
 *
 * Reads @path in chunks. Errors are %RBD_GPX_ERROR with a message that
 * names the file and, where there is one, the line. It blocks: from the
 * UI, call it in a thread.
 *
 * Returns: (transfer full): the track, or %NULL with @error set
 */
RbdGpxTrack *
rbd_gpx_track_new_from_file (const char  *path,
                             GError     **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *buffer = NULL;
  RbdGpxTrack *track = NULL;
  gboolean first = TRUE;
  FILE *file;
  Parser p;

  g_return_val_if_fail (path != NULL, NULL);

  display_name = g_filename_display_name (path);
  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      set_read_error (error, display_name, errno);
      return NULL;
    }

  buffer = g_malloc (CHUNK_SIZE);
  parser_init (&p, display_name);

  for (;;)
    {
      size_t n = fread (buffer, 1, CHUNK_SIZE, file);

      if (n == 0)
        {
          if (ferror (file))
            {
              set_read_error (error, display_name, errno);
              goto out;
            }
          break;
        }
      if (!parser_feed (&p, buffer, n, first, error))
        goto out;
      first = FALSE;
    }

  if (parser_finish (&p, error))
    track = build_track (&p, error);

out:
  parser_clear (&p);
  fclose (file);

  return track;
}

/* The whole file, for parsing and copying the same bytes. */
static GBytes *
read_whole_file (const char  *path,
                 const char  *display_name,
                 GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autofree guint8 *buffer = g_malloc (CHUNK_SIZE);
  FILE *file = g_fopen (path, "rb");
  size_t n;

  if (file == NULL)
    {
      set_read_error (error, display_name, errno);
      return NULL;
    }

  while ((n = fread (buffer, 1, CHUNK_SIZE, file)) > 0)
    g_byte_array_append (data, buffer, n);

  if (ferror (file))
    {
      set_read_error (error, display_name, errno);
      fclose (file);
      return NULL;
    }

  fclose (file);

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * rbd_gpx_track_new_from_bytes:
 * @display_name: how messages name the file
 *
 * Like rbd_gpx_track_new_from_file(), for a file already in memory.
 *
 * Returns: (transfer full): the track, or %NULL with @error set
 */
RbdGpxTrack *
rbd_gpx_track_new_from_bytes (GBytes      *bytes,
                              const char  *display_name,
                              GError     **error)
{
  RbdGpxTrack *track = NULL;
  const char *data;
  gsize length;
  Parser p;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  parser_init (&p, display_name);

  for (gsize offset = 0; offset < length; offset += CHUNK_SIZE)
    {
      if (!parser_feed (&p, data + offset, MIN (CHUNK_SIZE, length - offset), offset == 0,
                        error))
        goto out;
    }

  if (parser_finish (&p, error))
    track = build_track (&p, error);

out:
  parser_clear (&p);

  return track;
}

const char *
rbd_gpx_track_get_display_name (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), NULL);

  return self->display_name;
}

/* The first track's (or route's) <name>, or NULL. */
const char *
rbd_gpx_track_get_name (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), NULL);

  return self->name;
}

/**
 * rbd_gpx_track_get_points:
 *
 * Returns: (transfer none): the points kept, segment after segment
 */
const RbdGpxPoint *
rbd_gpx_track_get_points (RbdGpxTrack *self,
                          guint       *n_points)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), NULL);

  if (n_points != NULL)
    *n_points = self->points->len;

  return (const RbdGpxPoint *) (gconstpointer) self->points->data;
}

guint
rbd_gpx_track_get_n_segments (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), 0);

  return self->segments->len;
}

/* Segment @segment is points @first to @first + @n_points - 1. */
void
rbd_gpx_track_get_segment (RbdGpxTrack *self,
                           guint        segment,
                           guint       *first,
                           guint       *n_points)
{
  guint start, end;

  g_return_if_fail (RBD_IS_GPX_TRACK (self));
  g_return_if_fail (segment < self->segments->len);

  start = g_array_index (self->segments, guint, segment);
  end = segment + 1 < self->segments->len ? g_array_index (self->segments, guint, segment + 1)
                                          : self->points->len;
  if (first != NULL)
    *first = start;
  if (n_points != NULL)
    *n_points = end - start;
}

/* TRUE when the points came from <rte> (a planned route), not a track. */
gboolean
rbd_gpx_track_is_route (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), FALSE);

  return self->is_route;
}

gboolean
rbd_gpx_track_has_times (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), FALSE);

  return self->has_times;
}

double
rbd_gpx_track_get_distance_m (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), 0.0);

  return self->distance_m;
}

/* Seconds from the first to the last time, or RBD_UNSET. */
int
rbd_gpx_track_get_duration_s (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), RBD_UNSET);

  return self->duration_s;
}

int
rbd_gpx_track_get_moving_s (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), RBD_UNSET);

  return self->moving_s;
}

double
rbd_gpx_track_get_elevation_gain_m (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), RBD_UNSET);

  return self->elevation_gain_m;
}

/**
 * rbd_gpx_track_get_start:
 *
 * Returns: (transfer none) (nullable): the first point's time (UTC, whole
 *   seconds), or %NULL when no point has one
 */
GDateTime *
rbd_gpx_track_get_start (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), NULL);

  return self->start;
}

void
rbd_gpx_track_get_bounds (RbdGpxTrack  *self,
                          RbdGpxBounds *bounds)
{
  g_return_if_fail (RBD_IS_GPX_TRACK (self));
  g_return_if_fail (bounds != NULL);

  *bounds = self->bounds;
}

/* Points dropped as GPS jumps. */
guint
rbd_gpx_track_get_n_jumps (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), 0);

  return self->n_jumps;
}

/* Points dropped because their time went backwards. */
guint
rbd_gpx_track_get_n_backwards (RbdGpxTrack *self)
{
  g_return_val_if_fail (RBD_IS_GPX_TRACK (self), 0);

  return self->n_backwards;
}

/**
 * rbd_gpx_make_session:
 *
 * A new session from @track: its start (in the local time zone), duration
 * and distance, when the track has them and they are within the
 * document's limits. The route is set when the file is copied
 * (rbd_gpx_add_to_store()).
 *
 * Returns: (transfer full): the session
 */
RbdSession *
rbd_gpx_make_session (RbdGpxTrack *track,
                      RbdKind      kind)
{
  RbdSession *session;
  RbdRecord *record;

  g_return_val_if_fail (RBD_IS_GPX_TRACK (track), NULL);
  g_return_val_if_fail ((guint) kind < RBD_N_KINDS, NULL);

  session = rbd_session_new ();
  record = RBD_RECORD (session);
  rbd_record_set_enum (record, "kind", kind);

  if (track->start != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (track->start);
      g_auto(GValue) text = G_VALUE_INIT;

      /* Like the duration and distance, a start the document cannot hold
       * (a year before 1000, which %Y writes with fewer than four digits)
       * is left out: the import then says the session has no start. */
      g_value_init (&text, G_TYPE_STRING);
      g_value_take_string (&text, g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z"));
      rbd_record_set_checked (record, "start", &text, NULL);
    }

  if (track->duration_s != RBD_UNSET && track->duration_s <= MAX_DURATION_S)
    rbd_record_set_int (record, "duration_s", track->duration_s);

  /* Decimetres are more than GPS knows. */
  if (track->distance_m <= MAX_DISTANCE_M)
    rbd_record_set_double (record, "distance_m", round (track->distance_m * 10.0) / 10.0);

  return session;
}

static gboolean
check_store (RbdStore    *store,
             const char  *display_name,
             GError     **error)
{
  gboolean writable = FALSE;

  g_object_get (store, "writable", &writable, NULL);

  if (!writable || rbd_store_get_state (store) != RBD_STORE_STATE_READY)
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_STORE,
                   _("%s was not imported: the data file is not open for changes"),
                   display_name);
      return FALSE;
    }

  return TRUE;
}

/* Session ids become file names: only those that can't reach outside the
 * routes folder. */
static gboolean
is_safe_file_name (const char *id)
{
  if (id == NULL || id[0] == '\0' || id[0] == '.')
    return FALSE;

  for (const char *c = id; *c != '\0'; c++)
    {
      if (!g_ascii_isalnum (*c) && *c != '-' && *c != '_' && *c != '.')
        return FALSE;
    }

  return TRUE;
}

/* Copies the file (atomically: a temporary file synced and renamed), then
 * adds the session. Nothing is left behind when the copy fails. */
static gboolean
store_route (RbdStore    *store,
             RbdSession  *session,
             GBytes      *bytes,
             const char  *display_name,
             GError     **error)
{
  g_autofree char *routes_dir = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *dest = NULL;
  g_autofree char *route = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *id = rbd_record_get_id (RBD_RECORD (session));
  gboolean created_dir = FALSE;

  if (!check_store (store, display_name, error))
    return FALSE;

  if (!is_safe_file_name (id))
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_STORE,
                   _("%s was not imported: the session id “%s” can’t name a file"),
                   display_name, id != NULL ? id : "");
      return FALSE;
    }

  routes_dir = g_build_filename (rbd_store_get_data_dir (store), "routes", NULL);
  file_name = g_strconcat (id, ".gpx", NULL);
  dest = g_build_filename (routes_dir, file_name, NULL);
  route = g_strconcat ("routes/", file_name, NULL);

  if (!g_file_test (routes_dir, G_FILE_TEST_IS_DIR))
    {
      if (g_mkdir_with_parents (routes_dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_READ,
                       _("%s was not imported: could not create the folder %s: %s"),
                       display_name, routes_dir, g_strerror (saved_errno));
          return FALSE;
        }
      created_dir = TRUE;
    }

  /* Never over another session's route. */
  if (g_file_test (dest, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_STORE,
                   _("%s was not imported: %s already exists"), display_name, dest);
      return FALSE;
    }

  if (!g_file_set_contents_full (dest, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      if (created_dir)
        g_rmdir (routes_dir);
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_READ,
                   _("%s was not imported: could not copy it into %s: %s"),
                   display_name, routes_dir, local_error->message);
      return FALSE;
    }

  rbd_record_set_string (RBD_RECORD (session), "route", route);
  g_list_store_append (rbd_store_get_sessions (store), session);

  return TRUE;
}

/**
 * rbd_gpx_add_to_store:
 * @session: a session not yet in @store, e.g. from rbd_gpx_make_session()
 *   and completed by the user
 * @gpx_path: the file it was made from
 *
 * Copies @gpx_path to routes/<session id>.gpx beside the document, sets
 * the session's route and adds it to the store. On an error, neither the
 * document nor the routes folder changes.
 */
gboolean
rbd_gpx_add_to_store (RbdStore    *store,
                      RbdSession  *session,
                      const char  *gpx_path,
                      GError     **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (RBD_IS_STORE (store), FALSE);
  g_return_val_if_fail (RBD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (gpx_path != NULL, FALSE);

  display_name = g_filename_display_name (gpx_path);

  if (!check_store (store, display_name, error))
    return FALSE;

  /* A track without times gives no start: the caller asks for one first. */
  if (!rbd_record_is_set (RBD_RECORD (session), "start"))
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_NO_TIMES,
                   _("%s was not imported: the session has no start time"), display_name);
      return FALSE;
    }

  bytes = read_whole_file (gpx_path, display_name, error);
  if (bytes == NULL)
    return FALSE;

  return store_route (store, session, bytes, display_name, error);
}

/**
 * rbd_gpx_import_into_store:
 * @session_out: (out) (optional) (transfer full): the session added
 *
 * Reads @path, makes an easy run of it (the kind can be changed later),
 * copies the file to routes/ and adds the session: what `rebound
 * --import-gpx` does. A file without times is refused
 * (%RBD_GPX_ERROR_NO_TIMES): its start and duration must be asked for,
 * with rbd_gpx_track_new_from_file() and rbd_gpx_add_to_store(). On an
 * error, neither the document nor the routes folder changes.
 */
gboolean
rbd_gpx_import_into_store (RbdStore    *store,
                           const char  *path,
                           RbdSession **session_out,
                           GError     **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RbdGpxTrack) track = NULL;
  g_autoptr(RbdSession) session = NULL;

  g_return_val_if_fail (RBD_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  display_name = g_filename_display_name (path);

  if (!check_store (store, display_name, error))
    return FALSE;

  /* Parsed and copied from the same bytes: the route kept is the one the
   * numbers came from. */
  bytes = read_whole_file (path, display_name, error);
  if (bytes == NULL)
    return FALSE;

  track = rbd_gpx_track_new_from_bytes (bytes, display_name, error);
  if (track == NULL)
    return FALSE;

  if (!track->has_times)
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_NO_TIMES,
                   _("%s has no times, so when the run started and how long it took are "
                     "unknown: import it in the app to enter them"),
                   display_name);
      return FALSE;
    }

  if (track->duration_s > MAX_DURATION_S)
    {
      int days = track->duration_s / 86400;

      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s spans %d day, longer than one session can last",
                                "%s spans %d days, longer than one session can last", days),
                   display_name, days);
      return FALSE;
    }

  if (track->distance_m > MAX_DISTANCE_M)
    {
      g_set_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_INVALID,
                   _("%s covers %.0f km, more than one session can"),
                   display_name, track->distance_m / 1000.0);
      return FALSE;
    }

  session = rbd_gpx_make_session (track, RBD_KIND_EASY);
  if (!store_route (store, session, bytes, display_name, error))
    return FALSE;

  if (session_out != NULL)
    *session_out = g_steal_pointer (&session);

  return TRUE;
}
