//! E-mail accounts: the server settings of each connected mailbox. Each account gets its own
//! shop row (`stores`, marketplace `email`) so its conversations show where they came in.
//! Passwords never come here; the core keeps them in the OS keychain.

use crate::error::{StoreError, StoreResult};
use crate::rows::vocab;
use crate::Store;
use bridgedesk_model::{EmailAccountInput, EmailAccountView, MailSecurity, RowId, UtcMillis};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

/// The parameters of the account INSERT and UPDATE, numbered alike: ?1 the row (the shop's id
/// on insert, the account's on update), ?2–?12 the settings, ?13 the time, ?14 archive-on-close.
fn account_params(row: RowId, input: &EmailAccountInput, at: UtcMillis) -> [Value; 14] {
    [
        row.into(),
        input.display_name.clone().into(),
        input.from_address.clone().into(),
        input.imap_host.clone().into(),
        i64::from(input.imap_port).into(),
        input.imap_security.as_str().to_owned().into(),
        input.smtp_host.clone().into(),
        i64::from(input.smtp_port).into(),
        input.smtp_security.as_str().to_owned().into(),
        input.user_name.clone().into(),
        input.signature.clone().into(),
        input.enabled.into(),
        at.into(),
        input.archive_on_close.into(),
    ]
}

const ACCOUNT_COLUMNS: &str =
    "id, display_name, from_address, imap_host, imap_port, imap_security, \
     smtp_host, smtp_port, smtp_security, user_name, signature, enabled, archive_on_close";

fn account_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<EmailAccountView> {
    Ok(EmailAccountView {
        id: row.get(0)?,
        display_name: row.get(1)?,
        from_address: row.get(2)?,
        imap_host: row.get(3)?,
        imap_port: row.get(4)?,
        imap_security: vocab(row, 5, MailSecurity::parse)?,
        smtp_host: row.get(6)?,
        smtp_port: row.get(7)?,
        smtp_security: vocab(row, 8, MailSecurity::parse)?,
        user_name: row.get(9)?,
        signature: row.get(10)?,
        enabled: row.get(11)?,
        archive_on_close: row.get(12)?,
    })
}

impl Store {
    /// Every e-mail account, oldest first.
    pub fn email_accounts(&self) -> StoreResult<Vec<EmailAccountView>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(&format!(
                    "SELECT {ACCOUNT_COLUMNS} FROM email_accounts ORDER BY id"
                ))?
                .query_map([], account_row)?
                .collect::<Result<_, _>>()?)
        })
    }

    /// One e-mail account.
    pub fn email_account(&self, id: RowId) -> StoreResult<EmailAccountView> {
        self.read(|conn| account_by_id(conn, id))
    }

    /// Adds an account (and the shop row its conversations belong to).
    pub fn add_email_account(
        &self,
        input: &EmailAccountInput,
        at: UtcMillis,
    ) -> StoreResult<EmailAccountView> {
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO stores (key, name, marketplace, site) VALUES (?1, ?2, 'email', '')",
            )?
            .execute(params![
                format!("email-account:{}:{at}", input.from_address.to_lowercase()),
                input.display_name
            ])?;
            let store_id = tx.last_insert_rowid();
            tx.prepare_cached(
                "INSERT INTO email_accounts (store_id, display_name, from_address, imap_host, imap_port,
                     imap_security, smtp_host, smtp_port, smtp_security, user_name, signature, enabled,
                     archive_on_close, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?14, ?13, ?13)",
            )?
            .execute(params_from_iter(account_params(store_id, input, at)))?;
            account_by_id(tx, tx.last_insert_rowid())
        })
    }

    /// Changes an account's settings (and its shop's name).
    pub fn update_email_account(
        &self,
        id: RowId,
        input: &EmailAccountInput,
        at: UtcMillis,
    ) -> StoreResult<EmailAccountView> {
        self.write(|tx| {
            let changed = tx
                .prepare_cached(
                    "UPDATE email_accounts SET display_name = ?2, from_address = ?3, imap_host = ?4,
                         imap_port = ?5, imap_security = ?6, smtp_host = ?7, smtp_port = ?8,
                         smtp_security = ?9, user_name = ?10, signature = ?11, enabled = ?12,
                         updated_at = ?13, archive_on_close = ?14
                     WHERE id = ?1",
                )?
                .execute(params_from_iter(account_params(id, input, at)))?;
            if changed == 0 {
                return Err(StoreError::NotFound {
                    entity: "email account",
                    id,
                });
            }
            tx.prepare_cached(
                "UPDATE stores SET name = ?2 WHERE id = (SELECT store_id FROM email_accounts WHERE id = ?1)",
            )?
            .execute(params![id, input.display_name])?;
            account_by_id(tx, id)
        })
    }

    /// Removes an account with its folders, locations and sync state. Conversations stay: they
    /// are the shop's history with its buyers.
    pub fn remove_email_account(&self, id: RowId) -> StoreResult<()> {
        self.write(|tx| {
            let removed = tx
                .prepare_cached("DELETE FROM email_accounts WHERE id = ?1")?
                .execute([id])?;
            if removed == 0 {
                return Err(StoreError::NotFound {
                    entity: "email account",
                    id,
                });
            }
            Ok(())
        })
    }

    /// The shop row an account's conversations belong to.
    pub fn email_account_store_id(&self, id: RowId) -> StoreResult<RowId> {
        self.read(|conn| {
            conn.prepare_cached("SELECT store_id FROM email_accounts WHERE id = ?1")?
                .query_row([id], |r| r.get(0))
                .optional()?
                .ok_or(StoreError::NotFound {
                    entity: "email account",
                    id,
                })
        })
    }
}

pub(crate) fn account_by_id(conn: &Connection, id: RowId) -> StoreResult<EmailAccountView> {
    conn.prepare_cached(&format!(
        "SELECT {ACCOUNT_COLUMNS} FROM email_accounts WHERE id = ?1"
    ))?
    .query_row([id], account_row)
    .optional()?
    .ok_or(StoreError::NotFound {
        entity: "email account",
        id,
    })
}
