using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Parallax.Server.Api;

/// <summary>RFC 9457 problem details for the errors the API reports itself. Thread-safe.</summary>
internal static class Problems
{
    public static IResult Result(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail, Type = TypeOf(status) });

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var service = context.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = TypeOf(status) };
        if (service is null || !await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
        }
    }

    private static string TypeOf(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        401 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        415 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        422 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        504 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5",
        _ => "about:blank",
    };
}
