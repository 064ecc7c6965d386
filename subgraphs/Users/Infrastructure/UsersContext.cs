using ECommerce.Users.Model;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Users.Infrastructure;

/// <summary>The Users service's database ("users"): accounts and their addresses. Schema by <see cref="Migrations.InitialUsersMigration"/>.</summary>
public sealed class UsersContext(DbContextOptions<UsersContext> options) : DbContext(options)
{
    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<UserAddress> Addresses => Set<UserAddress>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<UserAccount>(user =>
        {
            user.ToTable("users");
            user.HasKey(u => u.Id).HasName("pk_users");
            user.Property(u => u.Id).HasColumnName("id").ValueGeneratedNever();
            user.Property(u => u.EmailLookup).HasColumnName("email_lookup");
            user.Property(u => u.EmailEncrypted).HasColumnName("email_encrypted");
            user.Property(u => u.NameEncrypted).HasColumnName("name_encrypted");
            user.Property(u => u.PhoneEncrypted).HasColumnName("phone_encrypted");
            user.Property(u => u.PasswordHash).HasColumnName("password_hash").HasMaxLength(200);
            user.Property(u => u.Role).HasColumnName("role").HasMaxLength(20);
            user.Property(u => u.CreatedAt).HasColumnName("created_at");
            user.Property(u => u.UpdatedAt).HasColumnName("updated_at");
            user.HasIndex(u => u.EmailLookup).IsUnique().HasDatabaseName("ix_users_email_lookup");
            user.HasMany(u => u.Addresses).WithOne().HasForeignKey(a => a.UserId)
                .HasConstraintName("fk_addresses_users_user_id").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<UserAddress>(address =>
        {
            address.ToTable("addresses");
            address.HasKey(a => a.Id).HasName("pk_addresses");
            address.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
            address.Property(a => a.UserId).HasColumnName("user_id");
            address.Property(a => a.DataEncrypted).HasColumnName("data_encrypted");
            address.Property(a => a.IsDefault).HasColumnName("is_default");
            address.Property(a => a.CreatedAt).HasColumnName("created_at");
            address.HasIndex(a => a.UserId).HasDatabaseName("ix_addresses_user_id");
        });
    }
}
