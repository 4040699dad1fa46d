package vn.cantho.kehoach.history;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Pairing text-changing commits with entries, on hand-made histories. */
class PairingTest {
    private final List<Step> steps = new ArrayList<>();
    private OfficialText text = OfficialText.of("Gốc.");

    private PairingTest commit(String name, String newText, int entries, boolean baseline) {
        OfficialText after = newText == null ? text : OfficialText.of(newText);
        steps.add(new Step(new CommitInfo(name, "01/02/2026", name), baseline, !after.sameTextAs(text), text, after, entries));
        text = after;
        return this;
    }

    private PairingTest commit(String name, String newText, int entries) {
        return commit(name, newText, entries, false);
    }

    private static List<String> names(List<Step> s) {
        return s.stream().map(x -> x.commit().shortHash()).toList();
    }

    @Test
    void anEntryInTheSameOrALaterCommitRecordsTheChange() {
        commit("a", "Sửa.", 1);
        Pairing.Result same = Pairing.pair(steps, 1);
        assertEquals(List.of(), same.unrecorded());
        assertEquals("Gốc.", same.pair(0).before().plain());
        assertEquals("Sửa.", same.pair(0).after().plain());

        steps.clear();
        text = OfficialText.of("Gốc.");
        commit("a", "Sửa.", 0);
        assertEquals(List.of("a"), names(Pairing.pair(steps, 0).unrecorded()));
        commit("b", null, 1);
        assertEquals(List.of(), Pairing.pair(steps, 1).unrecorded());
        assertEquals(List.of("a"), Pairing.pair(steps, 1).pair(0).commits().stream().map(CommitInfo::shortHash).toList());
    }

    @Test
    void oneEntryMayRecordSeveralCommitsButNotLaterOnes() {
        commit("a", "Sửa một.", 0).commit("b", "Sửa hai.", 0).commit("c", null, 1).commit("d", "Sửa ba.", 1);
        Pairing.Result r = Pairing.pair(steps, 1);
        assertEquals("Gốc.", r.pair(0).before().plain());
        assertEquals("Sửa hai.", r.pair(0).after().plain());
        assertEquals(List.of("d"), names(r.unrecorded()), "an entry given earlier does not cover a later change");
    }

    @Test
    void anEntryWithNothingPendingHasNoDiffAndBaselineCommitsAreNotChecked() {
        commit("a", "Sửa trong lúc chép.", 0, true).commit("b", null, 1);
        Pairing.Result r = Pairing.pair(steps, 1);
        assertEquals(List.of(), r.unrecorded());
        assertNull(r.pair(0));
        assertEquals(1, r.maxEntries());
    }

    @Test
    void markdownLayoutIsNotAChange() {
        commit("a", "Gốc.  \n\n\n", 0).commit("b", "Gốc.\r\n", 0);
        assertEquals(List.of(), Pairing.pair(steps, 0).unrecorded());
        assertEquals(OfficialText.of("Một\ndòng.").plain(), OfficialText.of("Một dòng.").plain());
        assertEquals(OfficialText.of("1\\. Đoạn.").plain(), OfficialText.of("1\\.   Đoạn.").plain());
    }
}
