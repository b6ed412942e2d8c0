using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace QuizTui.Class;

/// <summary>
/// A password as PostgreSQL stores it for SCRAM-SHA-256 login (RFC 5802, 7677), worked out here so
/// that the password itself never travels to the server or shows in its statement log: the server
/// keeps only this verifier, as it would after <c>\password</c> in psql.
/// </summary>
internal static class ScramVerifier
{
    private const int Iterations = 4096;

    public static string For(string password)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(16);
        byte[] salted = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
        byte[] clientKey = HMACSHA256.HashData(salted, "Client Key"u8);
        byte[] storedKey = SHA256.HashData(clientKey);
        byte[] serverKey = HMACSHA256.HashData(salted, "Server Key"u8);
        return string.Create(CultureInfo.InvariantCulture,
            $"SCRAM-SHA-256${Iterations}:{Convert.ToBase64String(salt)}${Convert.ToBase64String(storedKey)}:{Convert.ToBase64String(serverKey)}");
    }

    /// <summary>A new random password of letters and digits (about 143 bits).</summary>
    public static string NewPassword()
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 26);
    }
}
