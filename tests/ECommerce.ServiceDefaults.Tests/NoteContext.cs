using Microsoft.EntityFrameworkCore;

namespace ECommerce.ServiceDefaults.Tests;

/// <summary>A one-table database for the start-up tests, migrated by <see cref="InitialNotesMigration"/>.</summary>
public sealed class NoteContext(DbContextOptions<NoteContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes");
            note.Property(n => n.Id).HasColumnName("id");
            note.Property(n => n.Text).HasColumnName("text").HasMaxLength(200);
        });
}
