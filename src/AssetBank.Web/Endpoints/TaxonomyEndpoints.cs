using AssetBank.Application.Tagging;
using AssetBank.Core.Tagging;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/taxonomy</c>: the four dimensions' terms, for pickers and facet labels.</summary>
public static class TaxonomyEndpoints
{
    public static IEndpointRouteBuilder MapTaxonomyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/taxonomy").WithTags("taxonomy").RequireAuthorization(Policies.SignedIn)
            .MapGet("/", Get);
        return app;
    }

    internal static Ok<TaxonomyView> Get(TaxonomyQueries taxonomy)
    {
        var current = taxonomy.Current;
        return TypedResults.Ok(new TaxonomyView(
            current.Version,
            Enum.GetValues<TagDimension>().Select(d => new TaxonomyDimensionView(
                TagDimensions.ToWire(d), TagDimensions.ToChinese(d), current.TermsOf(d).Select(t => new TaxonomyTermView(t.Id, t.Label, t.ParentId)).ToList())).ToList()));
    }
}
