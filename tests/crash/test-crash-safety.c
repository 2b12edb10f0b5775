/* test-crash-safety.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The crash-safety stress test (its own meson suite, "crash").
 *
 * A child process, this program run with --child, keeps a real document in
 * a data folder and saves it in a loop, a new version each time: sessions,
 * check-ins and planned sessions are added, edited and trimmed, and the
 * planned session MARKER_ID carries the version number. Before each save
 * the child tells the parent, on a pipe, the version and the SHA-256 of the
 * text it is about to write; after the save it says that it is written.
 * Half the saves go through the debounced save in the worker thread, half
 * through rbd_store_save.
 *
 * The parent kills the child with SIGKILL at a random moment, N_KILLS
 * times, starting a new child on the same folder each time, so every round
 * also loads what the last kill left. After each kill:
 *
 * - rebound.json loads with the real loader without an error or a problem,
 *   is the last version reported written or the one being written, has
 *   exactly the bytes announced for that version, and (every fifth time)
 *   writes back byte for byte;
 * - rebound.json.bak, once two saves were reported, exists, loads cleanly
 *   and is the version before the document (or the same one, when the kill
 *   fell between the backup and the write), with its announced bytes;
 * - nothing else is in the folder but at most one file that the killed
 *   save left (a temporary file, rebound.json.new.XXXXXX, or the backup's
 *   link, rebound.json.bak.new): the child's load removed older ones.
 *
 * Where each kill landed is told from the messages and the files left, and
 * printed at the end. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <glib-unix.h>
#include <glib/gstdio.h>

#include "rbd-checkin.h"
#include "rbd-kind.h"
#include "rbd-planned-session.h"
#include "rbd-session.h"
#include "rbd-store.h"

#define N_KILLS        200
#define CHILD_FD       3
#define MARKER_ID      "crash-test-version"
#define INITIAL_ITEMS  600    /* of each kind: about 400 KB */
#define MAX_ITEMS      650    /* trimmed beyond this, oldest first */
#define LOAD_KILLS     5      /* per cent of kills aimed at the child's load */
#define ROUND_TRIP_EVERY 5

/* The child's exit statuses, for the parent's message. */
enum
{
  CHILD_EXIT_USAGE = 2,
  CHILD_EXIT_LOAD = 3,
  CHILD_EXIT_SAVE = 4,
  CHILD_EXIT_PIPE = 5,
};

/* Where a kill landed. */
typedef enum
{
  PHASE_LOAD,           /* before the child had loaded the document */
  PHASE_BETWEEN,        /* changing the document, no save under way */
  PHASE_PREPARING,      /* save announced, backup not made yet */
  PHASE_BACKUP_LINK,    /* between the backup's link and its rename */
  PHASE_AFTER_BACKUP,   /* backup made, temporary file not yet there */
  PHASE_WRITING,        /* temporary file being written and synced */
  PHASE_AFTER_RENAME,   /* the new version in place, not yet reported */
  N_PHASES
} Phase;

static const char * const phase_names[N_PHASES] = {
  [PHASE_LOAD]         = "during the load",
  [PHASE_BETWEEN]      = "between saves",
  [PHASE_PREPARING]    = "preparing a save",
  [PHASE_BACKUP_LINK]  = "linking the backup",
  [PHASE_AFTER_BACKUP] = "after the backup, before the temporary file",
  [PHASE_WRITING]      = "writing the temporary file",
  [PHASE_AFTER_RENAME] = "after the rename, before the save returned",
};

static const char * const session_notes[] = {
  "Easy along the river, legs fresh.",
  "Tempo felt smooth — 3 × 10′ at threshold, last one a bit fast.",
  "Hills: 8 × 60″ up Kreuzberg, jog down. Calves tight afterwards.",
  "Long run with the club, fuelled every 40 min (gel + 200 ml).",
  "",
};

static const char * const planned_titles[] = {
  "Easy 40 min",
  "5 × 4 min at 10K effort",
  "Long run, last 20 min steady",
  "Hills 8 × 60 s",
  "Recovery jog + strides",
};

/* The child */

static void
child_say (const char *format,
           ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gsize done = 0;
  gsize length;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  length = strlen (line);
  while (done < length)
    {
      gssize n = write (CHILD_FD, line + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        _exit (CHILD_EXIT_PIPE);
      done += n;
    }
}

/* Day @n counted from 2020-01-01, as an ISO 8601 date. */
static char *
format_day (guint n)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2020);
  g_date_add_days (&date, n);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static RbdKind
random_kind (GRand *rand)
{
  return g_rand_int_range (rand, RBD_KIND_RECOVERY, RBD_KIND_HILLS + 1);
}

static RbdSession *
make_session (GRand *rand,
              guint  day)
{
  RbdSession *session = rbd_session_new ();
  RbdRecord *record = RBD_RECORD (session);
  g_autofree char *date = format_day (day);
  g_autofree char *start = g_strdup_printf ("%sT07:%02d:00+01:00", date,
                                            g_rand_int_range (rand, 0, 60));
  int duration = g_rand_int_range (rand, 20, 100) * 60;

  rbd_record_set_string (record, "start", start);
  rbd_record_set_enum (record, "kind", random_kind (rand));
  rbd_record_set_int (record, "duration_s", duration);
  rbd_record_set_double (record, "distance_m",
                         (int) (duration / g_rand_double_range (rand, 290, 380) * 1000));
  rbd_record_set_int (record, "rpe", g_rand_int_range (rand, 2, 10));
  rbd_record_set_int (record, "avg_hr_bpm", g_rand_int_range (rand, 120, 175));
  rbd_record_set_int (record, "soreness", g_rand_int_range (rand, 0, 7));
  rbd_record_set_string (record, "notes",
                         session_notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (session_notes))]);

  return session;
}

static RbdCheckin *
make_checkin (GRand *rand,
              guint  day)
{
  RbdCheckin *checkin = rbd_checkin_new ();
  RbdRecord *record = RBD_RECORD (checkin);
  g_autofree char *date = format_day (day);

  rbd_record_set_string (record, "date", date);
  rbd_record_set_double (record, "sleep_h", 6 + g_rand_int_range (rand, 0, 7) * 0.5);
  rbd_record_set_int (record, "sleep_quality", g_rand_int_range (rand, 1, 6));
  rbd_record_set_int (record, "rest_hr_bpm", g_rand_int_range (rand, 44, 60));
  rbd_record_set_double (record, "hrv_ms", g_rand_double_range (rand, 40, 90));
  rbd_record_set_int (record, "soreness", g_rand_int_range (rand, 0, 8));
  rbd_record_set_int (record, "mood", g_rand_int_range (rand, 1, 6));
  rbd_record_set_int (record, "motivation", g_rand_int_range (rand, 1, 6));
  rbd_record_set_boolean (record, "illness", g_rand_int_range (rand, 0, 40) == 0);

  return checkin;
}

static RbdPlannedSession *
make_planned (GRand *rand,
              guint  day)
{
  RbdPlannedSession *planned = rbd_planned_session_new ();
  RbdRecord *record = RBD_RECORD (planned);
  g_autofree char *date = format_day (day);
  int duration = g_rand_int_range (rand, 20, 100) * 60;

  rbd_record_set_string (record, "date", date);
  rbd_record_set_enum (record, "kind", random_kind (rand));
  rbd_record_set_string (record, "title",
                         planned_titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (planned_titles))]);
  rbd_record_set_int (record, "duration_s", duration);
  rbd_record_set_double (record, "distance_m", duration / 330.0 * 1000);

  return planned;
}

/* The version the marker carries; 0 when there is no marker. */
static guint
document_version (RbdStore *store)
{
  GListModel *planned = G_LIST_MODEL (rbd_store_get_planned (store));
  g_autoptr(RbdRecord) marker = NULL;
  const char *title;
  guint64 version;

  if (g_list_model_get_n_items (planned) == 0)
    return 0;

  marker = g_list_model_get_item (planned, 0);
  if (g_strcmp0 (rbd_record_get_id (marker), MARKER_ID) != 0)
    return 0;

  title = rbd_record_get_string (marker, "title");
  if (title == NULL || !g_str_has_prefix (title, "Version ") ||
      !g_ascii_string_to_unsigned (title + strlen ("Version "), 10, 1, G_MAXUINT, &version,
                                   NULL))
    return 0;

  return version;
}

static void
fill_document (RbdStore *store,
               GRand    *rand)
{
  g_autoptr(GPtrArray) planned = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) checkins = g_ptr_array_new_with_free_func (g_object_unref);
  RbdPlannedSession *marker = rbd_planned_session_new ();

  rbd_record_set_string (RBD_RECORD (marker), "id", MARKER_ID);
  rbd_record_set_string (RBD_RECORD (marker), "date", "2019-12-31");
  g_ptr_array_add (planned, marker);

  for (guint day = 0; day < INITIAL_ITEMS; day++)
    {
      g_ptr_array_add (planned, make_planned (rand, day));
      g_ptr_array_add (sessions, make_session (rand, day));
      g_ptr_array_add (checkins, make_checkin (rand, day));
    }

  g_list_store_splice (rbd_store_get_planned (store), 0, 0, planned->pdata, planned->len);
  g_list_store_splice (rbd_store_get_sessions (store), 0, 0, sessions->pdata, sessions->len);
  g_list_store_splice (rbd_store_get_checkins (store), 0, 0, checkins->pdata, checkins->len);
  rbd_record_set_double (RBD_RECORD (rbd_store_get_profile (store)), "body_mass_kg", 68.5);
}

/* Removes the oldest items beyond MAX_ITEMS; @keep at the start stay. */
static void
trim (GListStore *list,
      guint       keep)
{
  while (g_list_model_get_n_items (G_LIST_MODEL (list)) > MAX_ITEMS + keep)
    g_list_store_remove (list, keep);
}

/* What the user might do between two saves: log a session, fill in a
 * check-in, edit a planned session, and so on. */
static void
change_document (RbdStore *store,
                 GRand    *rand,
                 guint     version)
{
  GListStore *planned = rbd_store_get_planned (store);
  GListStore *sessions = rbd_store_get_sessions (store);
  GListStore *checkins = rbd_store_get_checkins (store);
  g_autoptr(RbdRecord) marker = g_list_model_get_item (G_LIST_MODEL (planned), 0);
  g_autofree char *title = g_strdup_printf ("Version %u", version);
  guint day = INITIAL_ITEMS + version;
  guint n;

  rbd_record_set_string (marker, "title", title);

  {
    g_autoptr(RbdSession) session = make_session (rand, day);

    g_list_store_append (sessions, session);
  }

  if (version % 2 == 0)
    {
      g_autoptr(RbdCheckin) checkin = make_checkin (rand, day);

      g_list_store_append (checkins, checkin);
    }

  if (version % 3 == 0)
    {
      g_autoptr(RbdPlannedSession) plan = make_planned (rand, day + 7);

      g_list_store_append (planned, plan);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (planned));
  if (n > 1)
    {
      g_autoptr(RbdRecord) plan = g_list_model_get_item (G_LIST_MODEL (planned),
                                                         g_rand_int_range (rand, 1, n));

      rbd_record_set_string (plan, "title",
                             planned_titles[g_rand_int_range (rand, 0,
                                                              G_N_ELEMENTS (planned_titles))]);
      rbd_record_set_int (plan, "duration_s", g_rand_int_range (rand, 20, 100) * 60);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (checkins));
  if (n > 0)
    {
      g_autoptr(RbdRecord) checkin = g_list_model_get_item (G_LIST_MODEL (checkins),
                                                            g_rand_int_range (rand, 0, n));

      rbd_record_set_double (checkin, "sleep_h", 5 + g_rand_int_range (rand, 0, 9) * 0.5);
    }

  trim (planned, 1);
  trim (sessions, 0);
  trim (checkins, 0);
}

static int
child_main (const char *data_dir,
            guint32     seed)
{
  g_autoptr(RbdStore) store = rbd_store_new (data_dir);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  guint version;

#ifdef __linux__
  /* Never outlive a parent that failed an assertion. */
  prctl (PR_SET_PDEATHSIG, SIGKILL);
#endif

  if (!rbd_store_load (store, &error))
    {
      g_printerr ("crash child: could not load %s: %s\n", rbd_store_get_path (store),
                  error->message);
      return CHILD_EXIT_LOAD;
    }

  version = document_version (store);
  if (version == 0 && g_file_test (rbd_store_get_path (store), G_FILE_TEST_EXISTS))
    {
      g_printerr ("crash child: %s has no version marker\n", rbd_store_get_path (store));
      return CHILD_EXIT_LOAD;
    }
  child_say ("loaded %u\n", version);

  /* Short, so that the debounced saves follow each other quickly. */
  rbd_store_set_save_delay (store, 1);

  for (;;)
    {
      g_autofree char *text = NULL;
      g_autofree char *digest = NULL;
      gsize length;

      version++;
      if (version == 1)
        fill_document (store, rand);
      change_document (store, rand, version);

      text = rbd_store_serialize (store, &length);
      digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text, length);
      child_say ("saving %u %s %" G_GSIZE_FORMAT "\n", version, digest, length);

      if (g_rand_boolean (rand))
        {
          if (!rbd_store_save (store, &error))
            {
              g_printerr ("crash child: could not save: %s\n", error->message);
              return CHILD_EXIT_SAVE;
            }
        }
      else
        {
          /* The change scheduled a save; wait until the worker thread
           * has written it. */
          while (rbd_store_get_dirty (store))
            {
              if (rbd_store_get_save_error (store) != NULL)
                {
                  g_printerr ("crash child: %s\n", rbd_store_get_save_error (store));
                  return CHILD_EXIT_SAVE;
                }
              g_main_context_iteration (NULL, TRUE);
            }
        }

      child_say ("saved %u\n", version);
    }

  return 0;
}

/* The parent */

typedef struct
{
  char       *dir;
  char       *data_dir;
  char       *path;
  char       *bak_path;
  char       *scratch_dir;
  char       *self_exe;

  GHashTable *digests;        /* version → SHA-256 announced for it */
  guint       on_disk;        /* version found by the last check; 0 none */
  guint       saves;          /* reported written, by all children */
  guint       kills;
  guint       phases[N_PHASES];

  /* Temporary files seen after the last kill, to tell which are new. */
  GHashTable *temp_names;
  guint       leftover_rounds; /* kills after which a leftover was there */

  gint64      load_time;      /* averages, in microseconds */
  gint64      cycle_time;
  gint64      total_running;  /* sums, in microseconds */
  gint64      total_checking;
  gsize       last_length;
} Run;

typedef struct
{
  GString  *buffer;
  char     *problem;          /* the first protocol violation */
  gboolean  loaded;
  guint     last;             /* loaded or last written version */
  guint     pending;          /* announced, not reported written; 0 none */
  gint64    started_at;
  gint64    loaded_at;
  gint64    saved_at;         /* when the last "saved" arrived; 0 none */
} Child;

static void
rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          rm_rf (child);
        }
    }

  g_remove (path);
}

static void
child_problem (Child      *child,
               const char *format,
               ...)
{
  va_list args;

  if (child->problem != NULL)
    return;

  va_start (args, format);
  child->problem = g_strdup_vprintf (format, args);
  va_end (args);
}

/* One line from the child. Only recorded here: the child is still running,
 * so assertions wait until it is dead. */
static void
child_line (Run        *run,
            Child      *child,
            const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  guint n_words = g_strv_length (words);
  guint64 version = 0;
  gint64 now = g_get_monotonic_time ();

  if (n_words < 2 || !g_ascii_string_to_unsigned (words[1], 10, 0, G_MAXUINT, &version, NULL))
    {
      child_problem (child, "unreadable line from the child: “%s”", line);
      return;
    }

  if (g_str_equal (words[0], "loaded") && n_words == 2)
    {
      if (child->loaded)
        child_problem (child, "loaded twice");
      else if (version != run->on_disk)
        child_problem (child, "the child loaded version %u, the parent found %u",
                       (guint) version, run->on_disk);
      child->loaded = TRUE;
      child->last = version;
      child->loaded_at = now;
      run->load_time = (run->load_time * 3 + (now - child->started_at)) / 4;
    }
  else if (g_str_equal (words[0], "saving") && n_words == 4)
    {
      if (!child->loaded || child->pending != 0 || version != child->last + 1)
        child_problem (child, "unexpected “%s”", line);
      child->pending = version;
      g_hash_table_insert (run->digests, GUINT_TO_POINTER (version), g_strdup (words[2]));
      run->last_length = g_ascii_strtoull (words[3], NULL, 10);
    }
  else if (g_str_equal (words[0], "saved") && n_words == 2)
    {
      if (version != child->pending || version == 0)
        child_problem (child, "unexpected “%s”", line);
      run->cycle_time = (run->cycle_time * 7 +
                         (now - (child->saved_at != 0 ? child->saved_at : child->loaded_at))) / 8;
      child->saved_at = now;
      child->pending = 0;
      child->last = version;
      run->saves++;
    }
  else
    {
      child_problem (child, "unknown line from the child: “%s”", line);
    }
}

/* Reads what the child wrote. FALSE at the end of the stream. */
static gboolean
child_read (Run   *run,
            Child *child,
            int    fd)
{
  char chunk[4096];
  gssize n;
  char *newline;

  n = read (fd, chunk, sizeof chunk);
  if (n < 0 && (errno == EINTR || errno == EAGAIN))
    return TRUE;
  g_assert_cmpint (n, >=, 0);
  if (n == 0)
    return FALSE;

  g_string_append_len (child->buffer, chunk, n);
  while ((newline = memchr (child->buffer->str, '\n', child->buffer->len)) != NULL)
    {
      gsize length = newline - child->buffer->str;
      g_autofree char *line = g_strndup (child->buffer->str, length);

      g_string_erase (child->buffer, 0, length + 1);
      child_line (run, child, line);
    }

  return TRUE;
}

/* Waits until @until (monotonic time), reading from the child meanwhile.
 * FALSE when the child closed its end: it ended by itself. */
static gboolean
child_wait (Run    *run,
            Child  *child,
            int     fd,
            gint64  until,
            gboolean until_loaded)
{
  for (;;)
    {
      gint64 left = until - g_get_monotonic_time ();
      struct pollfd pfd = { .fd = fd, .events = POLLIN };

      if (until_loaded && child->loaded)
        return TRUE;
      if (left <= 0)
        return TRUE;

      /* poll() counts milliseconds: sleep out the last one. */
      if (left < 1000)
        {
          g_usleep (left);
          continue;
        }

      if (poll (&pfd, 1, (int) (left / 1000)) > 0 && !child_read (run, child, fd))
        return FALSE;
    }
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

/* Loads the document in @data_dir with the real loader, as rebound
 * --check-data does, and checks it is whole and clean. Returns its
 * version; @text is its bytes. */
static guint
check_document (Run        *run,
                const char *data_dir,
                const char *text,
                gsize       length,
                gboolean    round_trip)
{
  g_autoptr(RbdStore) store = rbd_store_new_for_checking (data_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *written = NULL;
  gsize written_length;
  gboolean loaded;
  guint version;

  /* The error first: it says what is wrong with the file. */
  loaded = rbd_store_load (store, &error);
  g_assert_no_error (error);
  g_assert_true (loaded);
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_READY);
  g_assert_cmpuint (rbd_store_get_problems (store)->len, ==, 0);

  version = document_version (store);
  g_assert_cmpuint (version, >, 0);

  /* The very bytes the child announced for this version. */
  digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text, length);
  g_assert_cmpstr (digest, ==, g_hash_table_lookup (run->digests, GUINT_TO_POINTER (version)));

  /* Everything was read: it writes back byte for byte. */
  if (round_trip)
    {
      written = rbd_store_serialize (store, &written_length);
      g_assert_cmpuint (written_length, ==, length);
      g_assert_true (memcmp (written, text, length) == 0);
    }

  return version;
}

/* The backup, loaded under the name rebound.json in a folder of its own:
 * a second link to it, since the checking store writes nothing. Its
 * bytes were announced, so they need no round trip. */
static guint
check_backup (Run *run)
{
  g_autofree char *other_name = g_build_filename (run->scratch_dir, "rebound.json", NULL);
  g_autofree char *text = NULL;
  gsize length;

  g_unlink (other_name);
  g_assert_cmpint (link (run->bak_path, other_name), ==, 0);
  text = read_file (other_name, &length);

  return check_document (run, run->scratch_dir, text, length, FALSE);
}

/* Looks at every file in the data folder: the document, its backup, and
 * at most one file that the killed save left; a child that loaded removed
 * the older ones. Returns the phase that such a file shows, or N_PHASES. */
static Phase
check_folder (Run      *run,
              gboolean  loaded)
{
  g_autoptr(GDir) dir = g_dir_open (run->data_dir, 0, NULL);
  g_autoptr(GHashTable) temp_names = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                            g_free, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  Phase shown = N_PHASES;
  const char *name;
  guint leftovers = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_equal (name, "rebound.json") || g_str_equal (name, "rebound.json.bak"))
        continue;

      leftovers++;
      g_string_append_printf (names, " %s", name);

      if (g_str_equal (name, "rebound.json.bak.new") ||
          g_str_has_prefix (name, "rebound.json.bak.new."))
        {
          /* The link (or, without hard links, the copy) that becomes
           * the backup. */
          shown = PHASE_BACKUP_LINK;
        }
      else if (g_str_has_prefix (name, "rebound.json.new."))
        {
          /* The store's temporary file, named at random: one from an
           * earlier kill must be gone once a child has loaded. */
          if (loaded)
            g_assert_false (g_hash_table_contains (run->temp_names, name));
          g_hash_table_add (temp_names, g_strdup (name));
          shown = PHASE_WRITING;
        }
      else
        {
          /* A broken-file copy would mean a load found a torn document;
           * anything else is not the store's. */
          g_error ("unexpected file in the data folder: %s", name);
        }
    }

  if (leftovers > 1)
    g_error ("more than one file left by saves (the child %s loaded):%s",
             loaded ? "had" : "had not", names->str);
  if (leftovers > 0)
    run->leftover_rounds++;

  g_hash_table_unref (run->temp_names);
  run->temp_names = g_steal_pointer (&temp_names);

  return shown;
}

/* After a kill: what is on disk must be whole, and the right version. */
static void
check_after_kill (Run   *run,
                  Child *child)
{
  guint last = child->loaded ? child->last : run->on_disk;
  Phase folder_phase = check_folder (run, child->loaded);
  Phase phase;
  guint version = 0;
  guint bak_version = 0;

  if (g_file_test (run->path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *text = NULL;
      gsize length;

      text = read_file (run->path, &length);
      /* The round trip costs a full serialisation: one kill in
       * ROUND_TRIP_EVERY is enough to show the loader reads it all. */
      version = check_document (run, run->data_dir, text, length,
                                run->kills % ROUND_TRIP_EVERY == 0);
    }

  /* The last version reported written, or the one being written. */
  if (version != last)
    g_assert_cmpuint (version, ==, child->pending);
  g_assert_cmpuint (version, >=, run->on_disk);

  if (run->saves >= 2)
    g_assert_true (g_file_test (run->bak_path, G_FILE_TEST_IS_REGULAR));
  if (g_file_test (run->bak_path, G_FILE_TEST_EXISTS))
    {
      bak_version = check_backup (run);
      if (bak_version != version)
        g_assert_cmpuint (bak_version + 1, ==, version);
    }

  if (!child->loaded)
    phase = PHASE_LOAD;
  else if (child->pending == 0)
    phase = PHASE_BETWEEN;
  else if (version == child->pending)
    phase = PHASE_AFTER_RENAME;
  else if (folder_phase != N_PHASES)
    phase = folder_phase;
  else if (bak_version == version && version != 0)
    phase = PHASE_AFTER_BACKUP;
  else
    phase = PHASE_PREPARING;

  run->phases[phase]++;
  run->on_disk = version;
}

static GPid
spawn_child (Run  *run,
             int  *read_fd)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *seed = g_strdup_printf ("%u", (guint) g_test_rand_int ());
  const char *argv[] = { run->self_exe, "--child", run->data_dir, seed, NULL };
  int fds[2];
  int source_fds[1];
  int target_fds[1] = { CHILD_FD };
  GPid pid = 0;

  g_assert_true (g_unix_open_pipe (fds, FD_CLOEXEC, &error));
  g_assert_no_error (error);
  source_fds[0] = fds[1];

  g_spawn_async_with_pipes_and_fds (NULL, argv, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                    NULL, NULL, -1, -1, -1,
                                    source_fds, target_fds, 1,
                                    &pid, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  close (fds[1]);
  g_assert_true (g_unix_set_fd_nonblocking (fds[0], TRUE, &error));
  g_assert_no_error (error);

  *read_fd = fds[0];

  return pid;
}

/* Starts a child, kills it at a random moment, and checks the files. */
static void
kill_round (Run *run)
{
  Child child = { .buffer = g_string_new (NULL), .started_at = g_get_monotonic_time () };
  gboolean at_load = g_test_rand_int_range (0, 100) < LOAD_KILLS;
  gboolean running = TRUE;
  int fd = -1;
  int status = 0;
  gint64 killed_at;
  GPid pid;

  pid = spawn_child (run, &fd);

  if (at_load)
    {
      running = child_wait (run, &child, fd,
                            child.started_at + g_test_rand_int_range (0, run->load_time + 1),
                            FALSE);
    }
  else
    {
      /* Wait for the load, then somewhere in the next three saves. */
      running = child_wait (run, &child, fd, child.started_at + 30 * G_USEC_PER_SEC, TRUE);
      if (running && child.loaded)
        running = child_wait (run, &child, fd,
                              child.loaded_at + g_test_rand_int_range (0, 3 * run->cycle_time + 1),
                              FALSE);
    }

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  killed_at = g_get_monotonic_time ();
  run->total_running += killed_at - child.started_at;
  g_spawn_close_pid (pid);
  run->kills++;

  /* Everything it said before it died. */
  while (running)
    {
      struct pollfd pfd = { .fd = fd, .events = POLLIN };

      g_assert_cmpint (poll (&pfd, 1, 10 * 1000), ==, 1);
      running = child_read (run, &child, fd);
    }
  close (fd);

  if (!WIFSIGNALED (status))
    g_error ("the saving child ended by itself, status %d (see its message above)",
             WIFEXITED (status) ? WEXITSTATUS (status) : -1);
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  g_assert_cmpstr (child.problem, ==, NULL);

  /* Killed before its first save: aim later next time. */
  if (child.loaded && child.saved_at == 0)
    run->cycle_time = MIN (run->cycle_time * 3 / 2, 10 * G_USEC_PER_SEC);

  check_after_kill (run, &child);
  run->total_checking += g_get_monotonic_time () - killed_at;

  g_string_free (child.buffer, TRUE);
  g_free (child.problem);
}

static void
test_kill_while_saving (void)
{
  g_autoptr(GError) error = NULL;
  Run run = { 0 };
  gint64 started = g_get_monotonic_time ();
  guint during_saves = 0;

  run.dir = g_dir_make_tmp ("rebound-crash-XXXXXX", &error);
  g_assert_no_error (error);
  run.data_dir = g_build_filename (run.dir, "rebound", NULL);
  run.path = g_build_filename (run.data_dir, "rebound.json", NULL);
  run.bak_path = g_strconcat (run.path, ".bak", NULL);
  run.scratch_dir = g_build_filename (run.dir, "backup-check", NULL);
  g_assert_cmpint (g_mkdir_with_parents (run.data_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (run.scratch_dir, 0700), ==, 0);
  run.self_exe = g_file_read_link ("/proc/self/exe", &error);
  g_assert_no_error (error);
  run.digests = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  run.temp_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run.load_time = 20 * 1000;
  run.cycle_time = 5 * 1000;

  g_test_message ("data folder: %s", run.data_dir);

  while (run.kills < N_KILLS)
    kill_round (&run);

  for (Phase p = PHASE_PREPARING; p < N_PHASES; p++)
    during_saves += run.phases[p];

  g_test_message ("%u kills in %.1f s; %u saves reported; the document reached version %u "
                  "(%" G_GSIZE_FORMAT " bytes)",
                  run.kills, (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC,
                  run.saves, run.on_disk, run.last_length);
  g_test_message ("%.1f s with a child running, %.1f s checking; a child's start and load "
                  "took %.1f ms, a save %.1f ms (recent averages)",
                  run.total_running / (double) G_USEC_PER_SEC,
                  run.total_checking / (double) G_USEC_PER_SEC,
                  run.load_time / 1000.0, run.cycle_time / 1000.0);
  for (Phase p = 0; p < N_PHASES; p++)
    g_test_message ("  %3u kills %s", run.phases[p], phase_names[p]);
  g_test_message ("%u kills during a save, %u between saves, %u during a load", during_saves,
                  run.phases[PHASE_BETWEEN], run.phases[PHASE_LOAD]);
  g_test_message ("a leftover file after %u kills, never more than one", run.leftover_rounds);

  /* Without these the run tested nothing. */
  g_assert_cmpuint (run.saves, >=, 2);
  g_assert_cmpuint (during_saves, >, 0);

  rm_rf (run.dir);
  g_free (run.dir);
  g_free (run.data_dir);
  g_free (run.path);
  g_free (run.bak_path);
  g_free (run.scratch_dir);
  g_free (run.self_exe);
  g_hash_table_unref (run.digests);
  g_hash_table_unref (run.temp_names);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  if (argc > 1 && g_str_equal (argv[1], "--child"))
    {
      guint64 seed;

      if (argc != 4 || !g_ascii_string_to_unsigned (argv[3], 10, 0, G_MAXUINT32, &seed, NULL))
        {
          g_printerr ("usage: %s --child DATA_DIR SEED\n", argv[0]);
          return CHILD_EXIT_USAGE;
        }
      return child_main (argv[2], (guint32) seed);
    }

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash/kill-while-saving", test_kill_while_saving);

  return g_test_run ();
}
