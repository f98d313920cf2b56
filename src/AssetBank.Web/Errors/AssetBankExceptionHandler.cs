using AssetBank.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace AssetBank.Web.Errors;

/// <summary>Turns the bank's own errors into problem details with a fitting status; anything else stays a 500.</summary>
public sealed class AssetBankExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var status = exception switch
        {
            RequestRejectedException or ContentRejectedException or InvalidObjectKeyException => StatusCodes.Status400BadRequest,
            ObjectNotFoundException => StatusCodes.Status404NotFound,
            NotPermittedException => StatusCodes.Status403Forbidden,
            DataFolderBusyException => StatusCodes.Status503ServiceUnavailable,
            BadHttpRequestException bad => bad.StatusCode,
            AssetBankException => StatusCodes.Status500InternalServerError,
            _ => 0,
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = status switch
                {
                    StatusCodes.Status400BadRequest => "请求无法执行 (the request cannot be carried out)",
                    StatusCodes.Status404NotFound => "未找到 (not found)",
                    StatusCodes.Status403Forbidden => "无权操作 (not allowed)",
                    StatusCodes.Status503ServiceUnavailable => "资产库正忙 (the bank is busy)",
                    _ => "资产库错误 (the bank failed)",
                },
                Detail = exception.Message,
            },
        });
    }
}
