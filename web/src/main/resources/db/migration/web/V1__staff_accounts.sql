-- Staff accounts of the web shell: who signs in, with which roles. Passwords as PBKDF2 hashes only.

CREATE TABLE web_staff_account (
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(500) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE web_staff_role (
    username VARCHAR(64) NOT NULL,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_web_staff_role_account FOREIGN KEY (username) REFERENCES web_staff_account (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
