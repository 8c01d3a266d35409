-- Guidance articles: advice by category and situation, in Japanese and English, every edit a new version;
-- the published version is what advisors insert into replies and what citizens read as the FAQ.

CREATE TABLE adv_article (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    slug              VARCHAR(60)  NOT NULL,
    category          VARCHAR(20)  NULL COMMENT 'analysis category code; NULL for every category',
    situation         VARCHAR(200) NOT NULL,
    published_version INT          NULL,
    latest_version    INT          NOT NULL,
    updated_at        DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY uk_adv_article_slug (slug),
    KEY ix_adv_article_category (category, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE adv_article_version (
    article_id BIGINT       NOT NULL,
    version    INT          NOT NULL,
    title_ja   VARCHAR(200) NOT NULL,
    body_ja    TEXT         NOT NULL,
    title_en   VARCHAR(200) NOT NULL,
    body_en    TEXT         NOT NULL,
    author     VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (article_id, version),
    CONSTRAINT fk_adv_article_version_article FOREIGN KEY (article_id) REFERENCES adv_article (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The center's first articles, written from the public advice of Japan's consumer and telecom authorities.
INSERT INTO adv_article (id, slug, category, situation, published_version, latest_version, updated_at) VALUES
    (1, 'first-steps', NULL, 'Any spam: what to do and not to do', 1, 1, UTC_TIMESTAMP(6)),
    (2, 'billing-fraud', 'BILLING_FRAUD', 'A bill for a site the citizen never used', 1, 1, UTC_TIMESTAMP(6)),
    (3, 'phishing', 'PHISHING', 'A mail that imitates a bank, card company, carrier or shop', 1, 1, UTC_TIMESTAMP(6)),
    (4, 'carrier-filters', NULL, 'Mobile mail: setting the carrier''s filter', 1, 1, UTC_TIMESTAMP(6)),
    (5, 'dating', 'DATING', 'Dating-site mail and paid messaging', 1, 1, UTC_TIMESTAMP(6));

INSERT INTO adv_article_version (article_id, version, title_ja, body_ja, title_en, body_en, author, created_at) VALUES
    (1, 1, '迷惑メールを受け取ったとき',
     'ご相談ありがとうございます（受付番号 {{receipt}}）。\n\n迷惑メールには返信せず、本文のURLや電話番号にもアクセスしないでください。「配信停止」のリンクも押さないでください。送り先が実在すると知られ、さらに迷惑メールが届くことがあります。\n\nメールは削除してかまいませんが、被害が心配な場合は証拠として保存しておいてください。',
     'When spam arrives',
     'Thank you for your report (receipt {{receipt}}).\n\nPlease do not reply to spam, and do not open its links or call its numbers. Do not use its "unsubscribe" link either: it tells the sender your address is read, and more spam follows.\n\nYou may delete the mail; if you worry about damage, keep it as evidence.',
     'center', UTC_TIMESTAMP(6)),
    (2, 1, '身に覚えのない料金を請求されたとき（架空請求）',
     'ご相談ありがとうございます（受付番号 {{receipt}}）。\n\n利用した覚えのない料金の請求には、支払わず、連絡もしないでください。業者に連絡すると、名前や電話番号などの個人情報を知られるおそれがあります。「法的手続き」「本日中」といった言葉で不安をあおるのが典型的な手口です。\n\nすでに支払ってしまった場合や、不安な場合は、消費者ホットライン「188（いやや）」で最寄りの消費生活センターにご相談ください（{{date}}現在の情報です）。',
     'A bill for something you never used (billing fraud)',
     'Thank you for your report (receipt {{receipt}}).\n\nDo not pay a bill for something you never used, and do not contact the sender: they would learn your name and phone number. Words like "legal action" or "today" are there to frighten you; that is the usual trick.\n\nIf you have paid already, or are worried, call the consumer hotline 188 to reach your nearest consumer center (as of {{date}}).',
     'center', UTC_TIMESTAMP(6)),
    (3, 1, '銀行・カード会社・通販などを装うメール（フィッシング）',
     'ご相談ありがとうございます（受付番号 {{receipt}}）。\n\nメールのリンクからログインしたり、カード番号や暗証番号を入力したりしないでください。確認が必要なときは、公式アプリや、ご自身で保存した公式サイトのアドレスから確かめてください。\n\n入力してしまった場合は、すぐにカード会社や金融機関に連絡し、パスワードを変更してください。',
     'A mail imitating a bank, card company or shop (phishing)',
     'Thank you for your report (receipt {{receipt}}).\n\nDo not sign in from the mail''s link, and never type a card number or PIN there. To check, use the official app or a bookmark of the official site you made yourself.\n\nIf you have entered anything, call the card company or bank at once and change your passwords.',
     'center', UTC_TIMESTAMP(6)),
    (4, 1, '携帯電話の迷惑メールフィルターを設定する',
     'ご相談ありがとうございます（受付番号 {{receipt}}）。\n\n{{carrier}}では、迷惑メールフィルターを無料で設定できます。お使いの端末の「メール設定」から、なりすましメールの拒否や、受信するドメインの指定をお試しください。設定方法が分からない場合は、{{carrier}}のショップや公式サイトの案内をご覧ください。',
     'Setting your mobile carrier''s spam filter',
     'Thank you for your report (receipt {{receipt}}).\n\n{{carrier}} offers a free spam filter. In your phone''s mail settings, try refusing spoofed mail or receiving only from domains you choose. If you are unsure how, ask a {{carrier}} shop or see its official guide.',
     'center', UTC_TIMESTAMP(6)),
    (5, 1, '出会い系サイトへ誘うメール',
     'ご相談ありがとうございます（受付番号 {{receipt}}）。\n\n知らない相手からの「会いたい」「相談に乗ってほしい」といったメールは、有料のサイトへ誘導して何度もポイントを買わせる手口であることが多いです。返信やサイトへの登録はしないでください。\n\nすでにお金を払ってしまった場合は、消費者ホットライン「188」にご相談ください。',
     'Mail luring you to a dating site',
     'Thank you for your report (receipt {{receipt}}).\n\nMessages from strangers saying "let''s meet" or "I need someone to talk to" usually lure you to a paid site where you keep buying points. Please do not reply or register.\n\nIf you have paid already, call the consumer hotline 188.',
     'center', UTC_TIMESTAMP(6));
