package jp.spamcenter.complaint.internal.domain;

import java.util.Optional;
import jp.spamcenter.complaint.api.NewComplaint;

/** Complaints as citizens file them, for tests. */
public final class SampleComplaints {

    private SampleComplaints() {}

    public static NewComplaint datingSpam() {
        return new NewComplaint(
                "【重要】あなたにメッセージが届いています",
                "はじめまして、ゆいです。プロフィールを見て連絡しました。http://example.invalid/deai",
                "13",
                Optional.of("citizen@example.jp"));
    }

    public static NewComplaint anonymous() {
        return new NewComplaint(
                "Your account is suspended", "Verify now at http://example.invalid/login", "27", Optional.empty());
    }
}
