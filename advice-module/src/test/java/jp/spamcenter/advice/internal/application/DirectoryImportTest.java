package jp.spamcenter.advice.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.spamcenter.advice.api.Directory;
import jp.spamcenter.advice.api.Directory.ConsumerCenter;
import jp.spamcenter.advice.api.Directory.ImportResult;
import jp.spamcenter.advice.api.Directory.RowError;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory imported from CSV files: each bad row named with its line and rule, the good rows kept. */
class DirectoryImportTest {

    private static PersistenceTests db;

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("advice", "adv_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void consumerCentersWithBadRowsKeepTheGoodOnesAndNameTheBad() {
        String csv = "\uFEFFprefecture_code,municipality,name,phone,hours,web,email\n"
                + "13,,東京都消費生活総合センター（試験）,03-0000-0001,9:00-17:00,https://center.example.jp/,refer@center.example.jp\n"
                + "13,新宿区,新宿区消費生活センター（試験）,03-0000-0002,,,\n"
                + "48,,存在しない県のセンター,03-0000-0003,,,\n"
                + "27,,大阪府消費生活センター（試験）,電話なし,,,\n"
                + "1,,北海道立消費生活センター（試験）,011-000-0004,,,not-an-address\n"
                + "\n"
                + "26,,京都府消費生活総合センター（試験）,075-000-0005,,ftp://center.example.jp,\n"
                + "47,,\"沖縄県消費生活センター, 試験\",098-000-0006,,,\n";

        ImportResult result = directory(d -> d.importConsumerCenters(new StringReader(csv)));

        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.errors())
                .extracting(RowError::line, RowError::code, RowError::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4L, "prefecture", "48"),
                        org.assertj.core.groups.Tuple.tuple(5L, "phone", "電話なし"),
                        org.assertj.core.groups.Tuple.tuple(6L, "email", "not-an-address"),
                        org.assertj.core.groups.Tuple.tuple(8L, "web", "ftp://center.example.jp"));
        List<ConsumerCenter> tokyo = directory(d -> d.consumerCenters("13"));
        assertThat(tokyo).extracting(ConsumerCenter::name).containsExactly("東京都消費生活総合センター（試験）", "新宿区消費生活センター（試験）");
        assertThat(tokyo.get(0).email()).isEqualTo("refer@center.example.jp");
        List<ConsumerCenter> okinawa = directory(d -> d.consumerCenters("47"));
        assertThat(okinawa).extracting(ConsumerCenter::name).containsExactly("沖縄県消費生活センター, 試験");
        // a prefecture without a center in the directory: the national hotline
        List<ConsumerCenter> hokkaido = directory(d -> d.consumerCenters("01"));
        assertThat(hokkaido).containsExactly(Directory.HOTLINE_188);

        // the same file again replaces the rows it names instead of adding them twice
        String corrected =
                "prefecture_code,municipality,name,phone,hours,web,email\n" + "13,,東京都消費生活総合センター（試験）,03-0000-0099,,,\n";
        assertThat(directory(d -> d.importConsumerCenters(new StringReader(corrected)))
                        .imported())
                .isEqualTo(1);
        assertThat(directory(d -> d.consumerCenters("13")).get(0).phone()).isEqualTo("03-0000-0099");
    }

    @Test
    void aFileWithoutTheNeededColumnsImportsNothingAndSaysWhichAreMissing() {
        ImportResult result = directory(d -> d.importConsumerCenters(new StringReader("name,phone\nA,03-1111-1111\n")));

        assertThat(result.imported()).isZero();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.code()).isEqualTo("header");
            assertThat(e.value()).contains("prefecture_code");
        });
    }

    @Test
    void carriersAreFoundByTheDomainsTheyServeAndAgenciesByCountry() {
        String carriers = "name,domains,abuse_email\n"
                + "試験キャリア,docomo.example mopera.example,abuse@docomo.example\n"
                + "空のキャリア,,abuse@empty.example\n"
                + "試験ISP,\"isp.example, mail.isp.example\",abuse@isp.example\n";
        ImportResult imported = directory(d -> d.importCarriers(new StringReader(carriers)));
        assertThat(imported.imported()).isEqualTo(2);
        assertThat(imported.errors()).extracting(RowError::code).containsExactly("domains");
        Optional<Directory.Carrier> docomo = directory(d -> d.carrierFor("MX1.Docomo.Example"));
        assertThat(docomo).get().extracting(Directory.Carrier::name).isEqualTo("試験キャリア");
        Optional<Directory.Carrier> none = directory(d -> d.carrierFor("notdocomo.example"));
        assertThat(none).isEmpty();

        String agencies = "country_code,agency,contact_email,format,web\n"
                + "us,Test Trade Commission,spam@agency.example,X-ARF,https://agency.example/\n"
                + "KR,Test Internet Agency,spam@kr-agency.example,PDF,\n"
                + "USA,Wrong,spam@wrong.example,ARF,\n";
        ImportResult agenciesImported = directory(d -> d.importAgencies(new StringReader(agencies)));
        assertThat(agenciesImported.imported()).isEqualTo(1);
        assertThat(agenciesImported.errors()).extracting(RowError::code).containsExactly("format", "country");
        Optional<Directory.ForeignAgency> us = directory(d -> d.agencyFor("US"));
        assertThat(us).get().satisfies(a -> {
            assertThat(a.format()).isEqualTo("XARF");
            assertThat(a.countryCode()).isEqualTo("US");
        });
    }

    @Test
    void aCaseIsOfferedItsOwnPrefecturesCenterItsSendersCarrierAndItsOriginsAgencyFirst() {
        directory(d ->
                d.importConsumerCenters(new StringReader("prefecture_code,municipality,name,phone,hours,web,email\n"
                        + "14,,神奈川県消費生活課（試験）,045-000-0001,,,refer@kanagawa.example\n"
                        + "14,川崎市,川崎市消費者行政センター（試験）,044-000-0002,,,\n")));
        directory(d -> d.importCarriers(new StringReader("name,domains,abuse_email\n"
                + "A試験キャリア,a-carrier.example,abuse@a-carrier.example\n"
                + "Z試験キャリア,z-carrier.example,abuse@z-carrier.example\n")));
        directory(d -> d.importAgencies(new StringReader("country_code,agency,contact_email,format,web\n"
                + "CN,Test CN Agency,spam@cn-agency.example,ARF,\n"
                + "KR,Test KR Agency,spam@kr-agency.example,ARF,\n")));

        List<Directory.Destination> centers =
                directory(d -> d.destinations(DestinationKind.CONSUMER_CENTER, "14", null, null));
        assertThat(centers)
                .extracting(Directory.Destination::label)
                .containsExactly("神奈川県消費生活課（試験） 045-000-0001", "川崎市消費者行政センター（試験）（川崎市） 044-000-0002");
        assertThat(centers.get(0).contact()).isEqualTo("refer@kanagawa.example");
        // no center in the directory: the hotline, without an id
        List<Directory.Destination> aomori =
                directory(d -> d.destinations(DestinationKind.CONSUMER_CENTER, "02", null, null));
        assertThat(aomori)
                .extracting(Directory.Destination::key, Directory.Destination::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("center:188", null));
        // the sender's carrier first, then the others; without a sender, in the directory's order
        List<Directory.Destination> bySender =
                directory(d -> d.destinations(DestinationKind.CARRIER, "14", "mx.z-carrier.example", null));
        assertThat(bySender).extracting(Directory.Destination::name).startsWith("Z試験キャリア", "A試験キャリア");
        List<Directory.Destination> noSender =
                directory(d -> d.destinations(DestinationKind.CARRIER, "14", null, null));
        assertThat(noSender).extracting(Directory.Destination::name).startsWith("A試験キャリア", "Z試験キャリア");
        List<Directory.Destination> agencies =
                directory(d -> d.destinations(DestinationKind.FOREIGN_AGENCY, "14", null, "KR"));
        assertThat(agencies)
                .extracting(Directory.Destination::label)
                .startsWith("KR Test KR Agency", "CN Test CN Agency");
        List<Directory.Destination> police =
                directory(d -> d.destinations(DestinationKind.POLICE, "14", "z-carrier.example", "KR"));
        assertThat(police).isEmpty();
    }

    private static <T> T directory(Function<DirectoryBook, T> work) {
        return db.inTransaction(em -> {
            var book = new DirectoryBook();
            book.em = em;
            book.clock = CenterTime.system();
            return work.apply(book);
        });
    }
}
