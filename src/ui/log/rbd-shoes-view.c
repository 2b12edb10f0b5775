/* rbd-shoes-view.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-shoes-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-log-util.h"
#include "rbd-plan-util.h"
#include "rbd-shoe-row.h"
#include "rbd-shoe-usage.h"
#include "rbd-shoes-view.h"

/* The runner's shoes with their distances (the core's shoe usage), active
 * pairs first, a notice for each active pair past its limit, and a way to
 * add one. The rows stay when only figures change, so a row being edited
 * is not swept away under the user. */
struct _RbdShoesView
{
  GtkWidget     parent_instance;

  RbdStore     *store;
  gboolean      imperial;
  char         *notice;

  /* Template widgets */
  GtkWidget    *add_button;
  GtkPopover   *add_popover;
  GtkEntry     *name_entry;
  GtkWidget    *notice_box;
  GtkLabel     *notice_label;
  GtkListBox   *shoes_list;
  GtkWidget    *empty_label;
};

G_DEFINE_FINAL_TYPE (RbdShoesView, rbd_shoes_view, GTK_TYPE_WIDGET)

static int
compare_usage (gconstpointer a,
               gconstpointer b)
{
  const RbdShoeUsage *ua = a, *ub = b;
  gboolean ra = rbd_record_get_boolean (RBD_RECORD (ua->shoe), "retired");
  gboolean rb = rbd_record_get_boolean (RBD_RECORD (ub->shoe), "retired");

  /* Active pairs first; otherwise the document's order. */
  return ra - rb;
}

static void
on_add_popover_show_cb (RbdShoesView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
on_add_cb (RbdShoesView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  g_autofree char *name = g_strstrip (g_strdup (text));

  if (*name == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_entry), "error");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->name_entry), "error");
  rbd_shoes_view_add (self, name);
  gtk_popover_popdown (self->add_popover);
}

static void
rbd_shoes_view_dispose (GObject *object)
{
  RbdShoesView *self = RBD_SHOES_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_SHOES_VIEW);
  /* The template's unnamed top-level children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rbd_shoes_view_parent_class)->dispose (object);
}

static void
rbd_shoes_view_finalize (GObject *object)
{
  RbdShoesView *self = RBD_SHOES_VIEW (object);

  g_free (self->notice);

  G_OBJECT_CLASS (rbd_shoes_view_parent_class)->finalize (object);
}

static void
rbd_shoes_view_class_init (RbdShoesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_shoes_view_dispose;
  object_class->finalize = rbd_shoes_view_finalize;

  g_type_ensure (RBD_TYPE_SHOE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RBD_LOG_RESOURCE_PREFIX "/rbd-shoes-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdShoesView, add_button);
  gtk_widget_class_bind_template_child (widget_class, RbdShoesView, add_popover);
  gtk_widget_class_bind_template_child (widget_class, RbdShoesView, name_entry);
  gtk_widget_class_bind_template_child (widget_class, RbdShoesView, notice_box);
  gtk_widget_class_bind_template_child (widget_class, RbdShoesView, notice_label);
  gtk_widget_class_bind_template_child (widget_class, RbdShoesView, shoes_list);
  gtk_widget_class_bind_template_child (widget_class, RbdShoesView, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rbd_shoes_view_init (RbdShoesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rbd_shoes_view_new (void)
{
  return g_object_new (RBD_TYPE_SHOES_VIEW, NULL);
}

void
rbd_shoes_view_set_store (RbdShoesView *self,
                          RbdStore     *store)
{
  g_return_if_fail (RBD_IS_SHOES_VIEW (self));
  g_return_if_fail (store == NULL || RBD_IS_STORE (store));

  g_set_object (&self->store, store);
}

/* Recomputes every pair's distance and shows it. */
void
rbd_shoes_view_update (RbdShoesView *self,
                       gboolean      imperial)
{
  g_autoptr(GArray) usage = NULL;
  g_autoptr(GString) notice = g_string_new (NULL);
  GtkWidget *row;
  gboolean same_rows = TRUE;
  guint i;

  g_return_if_fail (RBD_IS_SHOES_VIEW (self));

  self->imperial = imperial;
  if (self->store == NULL)
    return;

  usage = rbd_shoe_usage_compute (G_LIST_MODEL (rbd_store_get_shoes (self->store)),
                                  G_LIST_MODEL (rbd_store_get_sessions (self->store)),
                                  rbd_log_shoe_get_limit_km, NULL);
  g_array_sort (usage, compare_usage);

  /* The same pairs in the same order keep their rows. */
  row = gtk_widget_get_first_child (GTK_WIDGET (self->shoes_list));
  for (i = 0; i < usage->len; i++, row = gtk_widget_get_next_sibling (row))
    {
      if (row == NULL ||
          rbd_shoe_row_get_shoe (RBD_SHOE_ROW (row)) != g_array_index (usage, RbdShoeUsage, i).shoe)
        {
          same_rows = FALSE;
          break;
        }
    }
  if (row != NULL)
    same_rows = FALSE;

  if (!same_rows)
    {
      while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->shoes_list))) != NULL)
        gtk_list_box_remove (self->shoes_list, row);
      for (i = 0; i < usage->len; i++)
        gtk_list_box_append (self->shoes_list, rbd_shoe_row_new ());
    }

  row = gtk_widget_get_first_child (GTK_WIDGET (self->shoes_list));
  for (i = 0; i < usage->len; i++, row = gtk_widget_get_next_sibling (row))
    {
      const RbdShoeUsage *u = &g_array_index (usage, RbdShoeUsage, i);

      rbd_shoe_row_set_usage (RBD_SHOE_ROW (row), u, imperial);

      if (u->passed_limit && !rbd_record_get_boolean (RBD_RECORD (u->shoe), "retired"))
        {
          const char *name = rbd_record_get_string (RBD_RECORD (u->shoe), "name");
          g_autofree char *distance = rbd_plan_format_distance (u->distance_m, imperial);
          g_autofree char *limit = rbd_plan_format_distance (u->limit_km * 1000.0, imperial);

          if (notice->len > 0)
            g_string_append_c (notice, '\n');
          /* Translators: a pair of shoes past its distance limit: its name,
           * its distance and its limit */
          g_string_append_printf (notice, _("“%s” have done %s, past their %s limit: the "
                                            "cushioning wears out. Time to think of a new pair, "
                                            "or retire them."),
                                  name != NULL && *name != '\0' ? name : _("Unnamed shoes"),
                                  distance, limit);
        }
    }

  g_free (self->notice);
  self->notice = g_strdup (notice->str);
  gtk_label_set_text (self->notice_label, notice->str);
  gtk_widget_set_visible (self->notice_box, notice->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->shoes_list), usage->len > 0);
  gtk_widget_set_visible (self->empty_label, usage->len == 0);
}

void
rbd_shoes_view_set_editable (RbdShoesView *self,
                             gboolean      editable)
{
  g_return_if_fail (RBD_IS_SHOES_VIEW (self));

  gtk_widget_set_sensitive (self->add_button, editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->shoes_list), editable);
}

/**
 * rbd_shoes_view_add:
 *
 * Adds a pair named @name to the store.
 *
 * Returns: (transfer none): the new pair
 */
RbdShoe *
rbd_shoes_view_add (RbdShoesView *self,
                    const char   *name)
{
  g_autoptr(RbdShoe) shoe = NULL;

  g_return_val_if_fail (RBD_IS_SHOES_VIEW (self), NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  if (self->store == NULL || rbd_store_get_state (self->store) != RBD_STORE_STATE_READY)
    return NULL;

  shoe = rbd_shoe_new ();
  rbd_record_set_string (RBD_RECORD (shoe), "name", name);
  g_list_store_append (rbd_store_get_shoes (self->store), shoe);

  return shoe;
}

/* The limit notices shown, or "". */
const char *
rbd_shoes_view_get_notice (RbdShoesView *self)
{
  g_return_val_if_fail (RBD_IS_SHOES_VIEW (self), NULL);

  return self->notice != NULL ? self->notice : "";
}
