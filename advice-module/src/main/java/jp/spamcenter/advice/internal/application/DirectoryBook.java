package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.spamcenter.advice.api.Directory;
import jp.spamcenter.advice.api.DirectoryRejected;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.internal.domain.AgencyEntry;
import jp.spamcenter.advice.internal.domain.CarrierEntry;
import jp.spamcenter.advice.internal.domain.ConsumerCenterEntry;
import jp.spamcenter.advice.internal.domain.DirectoryRules;
import jp.spamcenter.advice.internal.infrastructure.DirectoryRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The directory in the database; imports keep every good row and name every bad one. */
@ApplicationScoped
@Transactional
public class DirectoryBook implements Directory {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    @Override
    public List<ConsumerCenter> consumerCenters(String prefectureCode) {
        List<ConsumerCenter> found = directory().consumerCenters(prefectureCode).stream()
                .map(ConsumerCenterEntry::view)
                .toList();
        return found.isEmpty() ? List.of(HOTLINE_188) : found;
    }

    @Override
    public List<ConsumerCenter> consumerCenters() {
        return directory().consumerCenters().stream()
                .map(ConsumerCenterEntry::view)
                .toList();
    }

    @Override
    public ConsumerCenter save(ConsumerCenter center) {
        ConsumerCenter valid = DirectoryRules.valid(center);
        return saved(
                        ConsumerCenterEntry.class,
                        valid.id(),
                        Map.of("p", valid.prefectureCode(), "m", valid.municipality(), "n", valid.name()),
                        () -> new ConsumerCenterEntry(valid, now()),
                        entry -> entry.update(valid, now()))
                .view();
    }

    @Override
    public void deleteConsumerCenter(long id) {
        em.remove(found(em.find(ConsumerCenterEntry.class, id)));
    }

    @Override
    public ImportResult importConsumerCenters(Reader csv) {
        return importRows(
                csv,
                CONSUMER_CENTER_HEADER,
                row -> save(new ConsumerCenter(
                        null,
                        row.apply("prefecture_code"),
                        row.apply("municipality"),
                        row.apply("name"),
                        row.apply("phone"),
                        row.apply("hours"),
                        row.apply("web"),
                        row.apply("email"))));
    }

    @Override
    public List<Carrier> carriers() {
        return directory().carriers().stream().map(CarrierEntry::view).toList();
    }

    @Override
    public Optional<Carrier> carrierFor(String domain) {
        if (domain == null || domain.isBlank()) {
            return Optional.empty();
        }
        String wanted = domain.strip().toLowerCase(Locale.ROOT);
        // the directory holds a few hundred carriers at most: matching suffixes in memory is simplest
        return directory().carriers().stream()
                .filter(c -> c.serves(wanted))
                .map(CarrierEntry::view)
                .findFirst();
    }

    @Override
    public Carrier save(Carrier carrier) {
        Carrier valid = DirectoryRules.valid(carrier);
        return saved(
                        CarrierEntry.class,
                        valid.id(),
                        Map.of("n", valid.name()),
                        () -> new CarrierEntry(valid, now()),
                        entry -> entry.update(valid, now()))
                .view();
    }

    @Override
    public void deleteCarrier(long id) {
        em.remove(found(em.find(CarrierEntry.class, id)));
    }

    @Override
    public ImportResult importCarriers(Reader csv) {
        return importRows(
                csv,
                CARRIER_HEADER,
                row -> save(new Carrier(
                        null,
                        row.apply("name"),
                        Arrays.asList(row.apply("domains").split("\\s+")),
                        row.apply("abuse_email"))));
    }

    @Override
    public List<ForeignAgency> agencies() {
        return directory().agencies().stream().map(AgencyEntry::view).toList();
    }

    @Override
    public Optional<ForeignAgency> agencyFor(String countryCode) {
        if (countryCode == null) {
            return Optional.empty();
        }
        return directory().agencyOf(countryCode).map(AgencyEntry::view);
    }

    @Override
    public ForeignAgency save(ForeignAgency agency) {
        ForeignAgency valid = DirectoryRules.valid(agency);
        return saved(
                        AgencyEntry.class,
                        valid.id(),
                        Map.of("c", valid.countryCode(), "n", valid.agency()),
                        () -> new AgencyEntry(valid, now()),
                        entry -> entry.update(valid, now()))
                .view();
    }

    @Override
    public void deleteAgency(long id) {
        em.remove(found(em.find(AgencyEntry.class, id)));
    }

    @Override
    public ImportResult importAgencies(Reader csv) {
        return importRows(
                csv,
                AGENCY_HEADER,
                row -> save(new ForeignAgency(
                        null,
                        row.apply("country_code"),
                        row.apply("agency"),
                        row.apply("contact_email"),
                        row.apply("format"),
                        row.apply("web"))));
    }

    /**
     * Reads a CSV with a header row (UTF-8, a leading BOM as Excel writes it is skipped by the caller's reader or
     * here); each row is saved on its own, so a bad row is named and the good ones are kept.
     */
    private static ImportResult importRows(Reader csv, List<String> header, Consumer<Function<String, String>> save) {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        var errors = new ArrayList<RowError>();
        int imported = 0;
        try (CSVParser parser =
                CSVParser.builder().setReader(csv).setFormat(format).get()) {
            List<String> columns = parser.getHeaderNames().stream()
                    .map(name -> name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<String> missing =
                    header.stream().filter(h -> !columns.contains(h)).toList();
            if (!missing.isEmpty()) {
                errors.add(new RowError(1, "header", String.join(", ", missing)));
                return new ImportResult(0, errors);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                Function<String, String> value = name -> {
                    int index = columns.indexOf(name);
                    return index < record.size() ? record.get(index) : "";
                };
                try {
                    save.accept(value);
                    imported++;
                } catch (DirectoryRejected e) {
                    errors.add(new RowError(line, e.code(), e.value()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            errors.add(new RowError(0, "header", null));
        }
        return new ImportResult(imported, errors);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Destination> destinations(
            DestinationKind kind, String prefectureCode, String senderDomain, String originCountry) {
        return switch (kind) {
            case CONSUMER_CENTER ->
                consumerCenters(prefectureCode).stream()
                        .map(c -> new Destination(
                                "center:" + (c.id() == null ? "188" : c.id()),
                                c.id(),
                                c.name(),
                                c.email(),
                                c.name()
                                        + (c.municipality() == null
                                                        || c.municipality().isEmpty()
                                                ? ""
                                                : "（" + c.municipality() + "）")
                                        + " " + c.phone()))
                        .toList();
            case CARRIER ->
                suggestedFirst(
                        carrierFor(senderDomain),
                        carriers(),
                        Carrier::id,
                        c -> new Destination(
                                "carrier:" + c.id(),
                                c.id(),
                                c.name(),
                                c.abuseEmail(),
                                c.name() + " (" + String.join(" ", c.domains()) + ")"));
            case FOREIGN_AGENCY ->
                suggestedFirst(
                        agencyFor(originCountry),
                        agencies(),
                        ForeignAgency::id,
                        g -> new Destination(
                                "agency:" + g.id(),
                                g.id(),
                                g.agency(),
                                g.contactEmail(),
                                g.countryCode() + " " + g.agency()));
            case POLICE -> List.of();
        };
    }

    /** The suggested entry (if any), then every other one. */
    private static <E> List<Destination> suggestedFirst(
            Optional<E> suggested, List<E> all, Function<E, Long> id, Function<E, Destination> destination) {
        var destinations = new ArrayList<Destination>();
        suggested.ifPresent(e -> destinations.add(destination.apply(e)));
        all.stream()
                .filter(e ->
                        suggested.map(s -> !id.apply(s).equals(id.apply(e))).orElse(true))
                .map(destination)
                .forEach(destinations::add);
        return destinations;
    }

    /**
     * The entry saved: the one with the id, else the one with the natural key, updated;
     * or a new one.
     */
    private <E> E saved(Class<E> type, Long id, Map<String, Object> key, Supplier<E> created, Consumer<E> update) {
        E entry;
        if (id != null) {
            entry = found(em.find(type, id));
        } else {
            entry = directory().byKey(type, key).orElse(null);
        }
        if (entry == null) {
            entry = created.get();
            em.persist(entry);
        } else {
            update.accept(entry);
        }
        em.flush();
        return entry;
    }

    private static <T> T found(T entry) {
        if (entry == null) {
            throw new DirectoryRejected("notFound", "no such entry");
        }
        return entry;
    }

    private Instant now() {
        return clock.instant();
    }

    private DirectoryRepository directory() {
        return new DirectoryRepository(em);
    }
}
