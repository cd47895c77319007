using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Portal;

/// <summary>Chinese error pages for every status the app answers with, and for unhandled exceptions.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorPageModel(ILogger<ErrorPageModel> log) : PortalPageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 500;
        if (Code == 500 && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            log.LogError(failure.Error, "Unhandled exception on {Path}", failure.Path);
        }
        (Heading, Explanation) = Code switch
        {
            400 => ("请求有误", "您提交的地址或参数格式不正确。请检查后重试，或返回首页重新查找。"),
            403 => ("没有权限", "您没有权限访问这个页面。"),
            404 => ("页面不存在", "您要找的页面或信息不存在，或尚未公开。请检查网址，或从首页、公开目录重新查找。"),
            405 => ("不支持的操作", "这个页面不支持这种访问方式。"),
            413 => ("内容过大", "您提交的内容或文件超过了大小上限。"),
            429 => ("访问过于频繁", "您的访问过于频繁，请稍后再试。"),
            _ when Code >= 500 => ("系统暂时无法处理", "系统出现了问题，我们已记录并会尽快处理。请稍后再试。"),
            _ => ("无法完成请求", "无法完成您的请求。"),
        };
        PageTitle = Heading;
        StartCrumbs(null);
        Crumbs.Add(new Crumb(Heading));
        Response.StatusCode = Code;
        return Page();
    }
}
