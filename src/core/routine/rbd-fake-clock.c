/* rbd-fake-clock.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-fake-clock"

#include "config.h"

#include "rbd-fake-clock.h"

typedef struct
{
  guint          id;
  gint64         deadline_us;
  RbdClockFunc   func;
  gpointer       user_data;
  GDestroyNotify notify;
} Deadline;

struct _RbdFakeClock
{
  GObject    parent_instance;

  gint64     now_us;
  guint      last_id;
  GPtrArray *deadlines;   /* of Deadline, unordered: there are only ever a few */
  guint      n_fired;
};

static void rbd_fake_clock_iface_init (RbdClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RbdFakeClock, rbd_fake_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RBD_TYPE_CLOCK, rbd_fake_clock_iface_init))

static void
deadline_free (gpointer data)
{
  Deadline *deadline = data;

  if (deadline->notify != NULL)
    deadline->notify (deadline->user_data);
  g_free (deadline);
}

/* The index of the deadline to run first among those due by @until, or -1. */
static int
find_due (RbdFakeClock *self,
          gint64        until)
{
  int best = -1;

  for (guint i = 0; i < self->deadlines->len; i++)
    {
      const Deadline *d = self->deadlines->pdata[i];
      const Deadline *b = best >= 0 ? self->deadlines->pdata[best] : NULL;

      if (d->deadline_us > until)
        continue;
      if (b == NULL || d->deadline_us < b->deadline_us ||
          (d->deadline_us == b->deadline_us && d->id < b->id))
        best = (int) i;
    }

  return best;
}

static void
run_due (RbdFakeClock *self,
         gint64        until,
         gboolean      punctual)
{
  int i;

  while ((i = find_due (self, until)) >= 0)
    {
      /* Taken out before it runs: the callback may add or cancel deadlines. */
      Deadline *deadline = g_ptr_array_steal_index (self->deadlines, (guint) i);

      if (punctual && deadline->deadline_us > self->now_us)
        self->now_us = deadline->deadline_us;

      self->n_fired++;
      deadline->func (deadline->user_data);
      deadline_free (deadline);
    }
}

static gint64
rbd_fake_clock_get_now (RbdClock *clock)
{
  return RBD_FAKE_CLOCK (clock)->now_us;
}

static guint
rbd_fake_clock_add_deadline (RbdClock       *clock,
                             gint64          deadline_us,
                             RbdClockFunc    func,
                             gpointer        user_data,
                             GDestroyNotify  notify)
{
  RbdFakeClock *self = RBD_FAKE_CLOCK (clock);
  Deadline *deadline = g_new0 (Deadline, 1);

  deadline->id = ++self->last_id;
  deadline->deadline_us = deadline_us;
  deadline->func = func;
  deadline->user_data = user_data;
  deadline->notify = notify;
  g_ptr_array_add (self->deadlines, deadline);

  return deadline->id;
}

static void
rbd_fake_clock_cancel (RbdClock *clock,
                       guint     id)
{
  RbdFakeClock *self = RBD_FAKE_CLOCK (clock);

  for (guint i = 0; i < self->deadlines->len; i++)
    {
      Deadline *deadline = self->deadlines->pdata[i];

      if (deadline->id == id)
        {
          g_ptr_array_remove_index_fast (self->deadlines, i);
          return;
        }
    }

  g_critical ("%s: no deadline with id %u", G_STRFUNC, id);
}

static void
rbd_fake_clock_iface_init (RbdClockInterface *iface)
{
  iface->get_now = rbd_fake_clock_get_now;
  iface->add_deadline = rbd_fake_clock_add_deadline;
  iface->cancel = rbd_fake_clock_cancel;
}

static void
rbd_fake_clock_finalize (GObject *object)
{
  RbdFakeClock *self = RBD_FAKE_CLOCK (object);

  g_clear_pointer (&self->deadlines, g_ptr_array_unref);

  G_OBJECT_CLASS (rbd_fake_clock_parent_class)->finalize (object);
}

static void
rbd_fake_clock_class_init (RbdFakeClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rbd_fake_clock_finalize;
}

static void
rbd_fake_clock_init (RbdFakeClock *self)
{
  self->deadlines = g_ptr_array_new_with_free_func (deadline_free);
}

/**
 * rbd_fake_clock_new:
 * @start_us: the time it starts at; any value, tests often pick a large
 *   one so that nothing depends on time starting at zero
 */
RbdFakeClock *
rbd_fake_clock_new (gint64 start_us)
{
  RbdFakeClock *self = g_object_new (RBD_TYPE_FAKE_CLOCK, NULL);

  self->now_us = start_us;

  return self;
}

void
rbd_fake_clock_advance (RbdFakeClock *self,
                        gint64        usec)
{
  gint64 until;

  g_return_if_fail (RBD_IS_FAKE_CLOCK (self));
  g_return_if_fail (usec >= 0);

  until = self->now_us + usec;
  run_due (self, until, TRUE);
  self->now_us = until;
}

void
rbd_fake_clock_jump (RbdFakeClock *self,
                     gint64        usec)
{
  g_return_if_fail (RBD_IS_FAKE_CLOCK (self));
  g_return_if_fail (usec >= 0);

  self->now_us += usec;
  run_due (self, self->now_us, FALSE);
}

guint
rbd_fake_clock_get_n_pending (RbdFakeClock *self)
{
  g_return_val_if_fail (RBD_IS_FAKE_CLOCK (self), 0);

  return self->deadlines->len;
}

guint
rbd_fake_clock_get_n_fired (RbdFakeClock *self)
{
  g_return_val_if_fail (RBD_IS_FAKE_CLOCK (self), 0);

  return self->n_fired;
}

gint64
rbd_fake_clock_get_next_deadline (RbdFakeClock *self)
{
  gint64 next = G_MAXINT64;

  g_return_val_if_fail (RBD_IS_FAKE_CLOCK (self), G_MAXINT64);

  for (guint i = 0; i < self->deadlines->len; i++)
    next = MIN (next, ((Deadline *) self->deadlines->pdata[i])->deadline_us);

  return next;
}
