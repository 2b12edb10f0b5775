/* rbd-routine-sound.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routine-sound"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-routine-sound.h"

/* The routine player's cues: short sounds shipped in the resources
 * (made by build-aux/make-routine-sounds.py), played with GtkMediaFile.
 *
 * Nothing is loaded until the first cue, so the media backend costs
 * nothing at startup or for someone who never plays a routine. Where no
 * sound can be played (no media module, a missing codec, no audio at
 * all), the first failure is announced once with "unavailable" and every
 * later cue is skipped quietly: a routine never stops for its sounds. */

struct _RbdRoutineSound
{
  GObject         parent_instance;

  GtkMediaStream *streams[RBD_ROUTINE_N_CUES];
  char           *error;
};

G_DEFINE_FINAL_TYPE (RbdRoutineSound, rbd_routine_sound, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AVAILABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  UNAVAILABLE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const cue_files[RBD_ROUTINE_N_CUES] = {
  [RBD_ROUTINE_CUE_TICK] = "tick.wav",
  [RBD_ROUTINE_CUE_CHANGE] = "change.wav",
  [RBD_ROUTINE_CUE_DONE] = "done.wav",
};

static void
mark_unavailable (RbdRoutineSound *self,
                  const GError    *error)
{
  g_autofree char *message = NULL;

  if (self->error != NULL)
    return;

  self->error = g_strdup (error != NULL ? error->message : _("Unknown error"));
  g_debug ("Routine sounds are off: %s", self->error);

  message = g_strdup_printf (_("Sounds cannot be played here (%s). "
                               "The routine goes on without them."),
                             self->error);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
  g_signal_emit (self, signals[UNAVAILABLE], 0, message);
}

static void
on_stream_error_cb (RbdRoutineSound *self,
                    GParamSpec      *pspec,
                    GtkMediaStream  *stream)
{
  const GError *error = gtk_media_stream_get_error (stream);

  if (error != NULL)
    mark_unavailable (self, error);
}

static GtkMediaStream *
ensure_stream (RbdRoutineSound *self,
               RbdRoutineCue    cue)
{
  g_autofree char *path = NULL;
  GtkMediaStream *stream;

  if (self->streams[cue] != NULL)
    return self->streams[cue];

  path = g_strconcat (RESOURCE_PREFIX "/sounds/", cue_files[cue], NULL);
  stream = gtk_media_file_new_for_resource (path);
  self->streams[cue] = stream;

  /* Without a media module this is a GtkNoMediaFile that has failed
   * already; with one, decoding may still fail later. */
  g_signal_connect_object (stream, "notify::error", G_CALLBACK (on_stream_error_cb), self,
                           G_CONNECT_SWAPPED);
  if (gtk_media_stream_get_error (stream) != NULL)
    mark_unavailable (self, gtk_media_stream_get_error (stream));

  return stream;
}

static void
rbd_routine_sound_dispose (GObject *object)
{
  RbdRoutineSound *self = RBD_ROUTINE_SOUND (object);

  for (guint i = 0; i < RBD_ROUTINE_N_CUES; i++)
    {
      if (self->streams[i] != NULL)
        gtk_media_stream_pause (self->streams[i]);
      g_clear_object (&self->streams[i]);
    }

  G_OBJECT_CLASS (rbd_routine_sound_parent_class)->dispose (object);
}

static void
rbd_routine_sound_finalize (GObject *object)
{
  RbdRoutineSound *self = RBD_ROUTINE_SOUND (object);

  g_free (self->error);

  G_OBJECT_CLASS (rbd_routine_sound_parent_class)->finalize (object);
}

static void
rbd_routine_sound_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RbdRoutineSound *self = RBD_ROUTINE_SOUND (object);

  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, rbd_routine_sound_get_available (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_sound_class_init (RbdRoutineSoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rbd_routine_sound_dispose;
  object_class->finalize = rbd_routine_sound_finalize;
  object_class->get_property = rbd_routine_sound_get_property;

  /* FALSE once a sound has failed; TRUE before anything was tried. */
  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL,
                          TRUE,
                          (G_PARAM_READABLE |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RbdRoutineSound::unavailable:
   * @message: a sentence for the user, translated
   *
   * The first time a sound cannot be played; never again after that.
   */
  signals[UNAVAILABLE] =
    g_signal_new ("unavailable", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
rbd_routine_sound_init (RbdRoutineSound *self)
{
}

RbdRoutineSound *
rbd_routine_sound_new (void)
{
  return g_object_new (RBD_TYPE_ROUTINE_SOUND, NULL);
}

/**
 * rbd_routine_sound_play:
 *
 * Plays @cue from its start (cutting off that cue if it is still playing).
 *
 * Returns: %FALSE when sounds cannot be played
 */
gboolean
rbd_routine_sound_play (RbdRoutineSound *self,
                        RbdRoutineCue    cue)
{
  GtkMediaStream *stream;

  g_return_val_if_fail (RBD_IS_ROUTINE_SOUND (self), FALSE);
  g_return_val_if_fail ((guint) cue < RBD_ROUTINE_N_CUES, FALSE);

  if (self->error != NULL)
    return FALSE;

  stream = ensure_stream (self, cue);
  if (self->error != NULL)
    return FALSE;

  /* Before it is prepared it cannot seek; it plays from the start anyway. */
  if (gtk_media_stream_is_prepared (stream) &&
      (gtk_media_stream_get_playing (stream) || gtk_media_stream_get_ended (stream)))
    gtk_media_stream_seek (stream, 0);
  gtk_media_stream_play (stream);

  return TRUE;
}

gboolean
rbd_routine_sound_get_available (RbdRoutineSound *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_SOUND (self), FALSE);

  return self->error == NULL;
}

/**
 * rbd_routine_sound_get_error:
 *
 * Returns: (nullable): why sounds cannot be played, or %NULL
 */
const char *
rbd_routine_sound_get_error (RbdRoutineSound *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_SOUND (self), NULL);

  return self->error;
}
