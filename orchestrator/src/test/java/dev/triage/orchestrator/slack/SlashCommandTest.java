package dev.triage.orchestrator.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlashCommandTest {

    @Test
    void theQuestionIsWhatIsLeftOnceNamespaceAndClusterAreTakenOut() {
        assertThat(SlashCommand.parse("why is checkout failing? ns=shop cluster=prod-eks"))
                .isEqualTo(new SlashCommand.Ask("why is checkout failing?", "shop", "prod-eks", false));
        assertThat(SlashCommand.parse("ns=shop why   is it slow"))
                .isEqualTo(new SlashCommand.Ask("why is it slow", "shop", null, false));
    }

    @Test
    void helpAndNothingAtAllAnswerWithUsage() {
        assertThat(SlashCommand.parse("help")).isInstanceOf(SlashCommand.Help.class);
        assertThat(SlashCommand.parse("  ")).isInstanceOf(SlashCommand.Help.class);
        assertThat(SlashCommand.parse(null)).isInstanceOf(SlashCommand.Help.class);
    }

    @Test
    void onlyOptionsAsksTheDefaultQuestionAndSaysSo() {
        assertThat(SlashCommand.parse("ns=shop"))
                .isEqualTo(new SlashCommand.Ask(SlashCommand.DEFAULT_QUESTION, "shop", null, true));
    }

    @Test
    void slackEscapesAreReadBack() {
        assertThat(SlashCommand.parse("is cart &lt;slow&gt; &amp; failing"))
                .isEqualTo(new SlashCommand.Ask("is cart <slow> & failing", null, null, false));
    }

    @Test
    void repeatedOrEmptyOptionsAreRefusedWithTheReason() {
        assertThat(SlashCommand.parse("x ns=a ns=b")).isEqualTo(new SlashCommand.Invalid("ns= is given twice"));
        assertThat(SlashCommand.parse("x cluster=a cluster=b")).isInstanceOf(SlashCommand.Invalid.class);
        assertThat(SlashCommand.parse("x ns=")).isInstanceOf(SlashCommand.Invalid.class);
    }

    @Test
    void whatTheApiWouldRefuseIsRefusedHereWithTheReason() {
        assertThat(SlashCommand.parse("x ns=Shop_1"))
                .isInstanceOfSatisfying(
                        SlashCommand.Invalid.class, i -> assertThat(i.reason()).contains("not a namespace name"));
        assertThat(SlashCommand.parse("x ns=" + "a".repeat(64))).isInstanceOf(SlashCommand.Invalid.class);
        assertThat(SlashCommand.parse("x cluster=" + "c".repeat(101))).isInstanceOf(SlashCommand.Invalid.class);
        assertThat(SlashCommand.parse("q".repeat(2001)))
                .isInstanceOfSatisfying(
                        SlashCommand.Invalid.class, i -> assertThat(i.reason()).contains("2001 characters"));
        assertThat(SlashCommand.parse("is cart \u202Eliaf\u202C ok")).isInstanceOf(SlashCommand.Invalid.class);
        assertThat(SlashCommand.parse("is cart \u0007 ok")).isInstanceOf(SlashCommand.Invalid.class);
        assertThat(SlashCommand.parse("😀".repeat(2000))).isInstanceOf(SlashCommand.Ask.class);
    }
}
