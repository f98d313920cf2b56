namespace AssetBank.Core.Accounts;

/// <summary>The account store, as the sign-in and user administration use cases need it.</summary>
public interface IUserAccounts
{
    Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds an account; throws <see cref="Errors.RequestRejectedException"/> when the name is taken.</summary>
    Task AddAsync(UserAccount account, CancellationToken cancellationToken);

    /// <summary>Replaces the stored account with the same name (password, role, lockout state, disabled flag).</summary>
    Task UpdateAsync(UserAccount account, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
