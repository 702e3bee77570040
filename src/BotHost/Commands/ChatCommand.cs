namespace BotHost.Commands;

/// <summary><c>chat</c>: an interactive conversation in the terminal; follow-ups lean on the earlier questions.</summary>
public static class ChatCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var services = CommandServices.Build(ref args);
        var history = new List<string>();
        Console.Error.WriteLine("국가 사업 문서에 대해 물어보세요. 끝내려면 빈 줄에서 Ctrl+D(또는 '종료')를 입력해 주세요.");
        while (true)
        {
            Console.Error.Write("> ");
            var question = Console.ReadLine();
            if (question is null || question.Trim() is "종료" or "exit" or "quit")
            {
                return 0;
            }
            if (question.Trim().Length == 0)
            {
                continue;
            }
            var answer = await services.AskAsync(question, history);
            AnswerPrinter.Print(answer, Console.Out);
            Console.Out.WriteLine();
            if (answer.Kind != Answering.Contract.AnswerKinds.Invalid)
            {
                history.Add(question);
            }
        }
    }
}
