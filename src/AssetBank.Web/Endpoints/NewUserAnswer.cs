namespace AssetBank.Web.Endpoints;

public sealed record NewUserAnswer(UserView User, string? GeneratedPassword);
