package jp.spamcenter.reporting.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ComplaintAnalysed;
import jp.spamcenter.complaint.api.ComplaintEvent;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ReportFacts;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.Statistics.Filter;

/**
 * A report as the rollups count it: nothing until its arrival was told ({@code received}); then one in the total
 * and in each of its values, for all reports (slice "") and again within each filter it falls in (its channel, its
 * category, its origin country), under the {@link Filter#key} of each.
 */
public record CountedReport(
        long complaintId,
        LocalDate day,
        boolean received,
        String channel,
        String intake,
        String prefecture,
        String category,
        String country,
        String campaign,
        Set<String> duties,
        String brand,
        String smsSender) {

    /** The day a moment falls on in the center's calendar: statistics follow it. */
    public static LocalDate centerDay(Instant at) {
        return at.atZone(CenterTime.ZONE).toLocalDate();
    }

    /** A report no event has told of yet: its row exists, it counts nowhere. */
    public static CountedReport untold(long complaintId, LocalDate day) {
        return new CountedReport(
                complaintId, day, false, null, null, null, null, null, null, new LinkedHashSet<>(), null, null);
    }

    /** The facts once the event is told: its arrival counts the report, an analysis sets what it found. */
    public CountedReport with(ComplaintEvent event) {
        if (event instanceof ComplaintReceived e) {
            return received
                    ? this
                    : new CountedReport(
                            complaintId,
                            day,
                            true,
                            e.channel() == null ? null : e.channel().name(),
                            e.intake() == null ? null : e.intake().name(),
                            e.prefectureCode(),
                            // before any analysis event: the category and campaign the report arrived with
                            category == null ? e.category() : category,
                            country,
                            category == null ? e.campaignKey() : campaign,
                            duties,
                            brand,
                            e.smsSenderKind());
        }
        var e = (ComplaintAnalysed) event;
        return new CountedReport(
                complaintId,
                day,
                received,
                channel,
                intake,
                prefecture,
                e.category(),
                e.originCountry() == null ? "" : e.originCountry(),
                e.campaignKey(),
                new LinkedHashSet<>(e.violatedDuties()),
                e.brand(),
                smsSender);
    }

    /** A stored report as its events would have counted it. */
    public static CountedReport of(ReportFacts.Fact fact) {
        return new CountedReport(
                fact.complaintId(),
                centerDay(fact.receivedAt()),
                true,
                fact.channel(),
                fact.intake(),
                fact.prefectureCode(),
                fact.category(),
                fact.analysed() && fact.originCountry() == null ? "" : fact.originCountry(),
                fact.campaignKey(),
                new LinkedHashSet<>(fact.violatedDuties()),
                fact.brand(),
                fact.smsSenderKind());
    }

    /** Adds (sign 1) or takes away (sign -1) what this report counts, on every dimension and slice. */
    public void count(Tally tally, int sign) {
        if (!received) {
            return;
        }
        var values = new ArrayList<Value>();
        values.add(new Value(Dimension.TOTAL, ""));
        values.add(new Value(Dimension.CHANNEL, channel == null ? "" : channel));
        values.add(new Value(Dimension.INTAKE, intake == null ? "" : intake));
        if (prefecture != null) {
            values.add(new Value(Dimension.PREFECTURE, prefecture));
        }
        if (category != null) {
            values.add(new Value(Dimension.CATEGORY, category));
        }
        if (country != null) {
            values.add(new Value(Dimension.COUNTRY, country));
        }
        if (campaign != null) {
            values.add(new Value(Dimension.CAMPAIGN, campaign));
        }
        for (String duty : duties) {
            values.add(new Value(Dimension.DUTY, duty));
        }
        if (brand != null) {
            values.add(new Value(Dimension.BRAND, brand));
        }
        if (smsSender != null) {
            values.add(new Value(Dimension.SMS_SENDER, smsSender));
        }
        var slices = new ArrayList<Filter>();
        slices.add(Filter.NONE);
        if (channel != null) {
            slices.add(new Filter(Dimension.CHANNEL, channel));
        }
        if (category != null) {
            slices.add(new Filter(Dimension.CATEGORY, category));
        }
        if (country != null) {
            slices.add(new Filter(Dimension.COUNTRY, country));
        }
        for (Filter slice : slices) {
            for (Value value : values) {
                if (value.dimension() != slice.dimension()) {
                    tally.add(sign, slice.key(), value.dimension().name(), day, value.value());
                }
            }
        }
    }

    private record Value(Dimension dimension, String value) {}
}
