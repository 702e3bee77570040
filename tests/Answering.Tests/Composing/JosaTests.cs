using Answering.Composing;

namespace Answering.Tests.Composing;

public sealed class JosaTests
{
    [Theory]
    [InlineData("국비", "은/는", "국비는")]
    [InlineData("1,203억원", "은/는", "1,203억원은")]
    [InlineData("R&D", "은/는", "R&D는")]
    [InlineData("8건", "이라는/라는", "8건이라는")]
    [InlineData("절반 이상", "이라는/라는", "절반 이상이라는")]
    [InlineData("15km", "으로/로", "15km로")]
    [InlineData("20만㎡", "이/가", "20만㎡가")]
    [InlineData("14개 시·도", "으로/로", "14개 시·도로")]
    [InlineData("1,812억원", "으로/로", "1,812억원으로")]
    [InlineData("일자리 649명[1][2]", "으로/로", "일자리 649명[1][2]으로")]
    [InlineData("R&D", "을/를", "R&D를")]
    public void Particles_follow_the_last_sound(string word, string pair, string expected) => Assert.Equal(expected, Josa.With(word, pair));
}
