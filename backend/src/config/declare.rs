//! How the one list in `settings.rs` becomes `Settings`, the layer a file or the environment
//! fills, and the lookup from a `SALA_*` name to its setting.
//!
//! A macro rather than a configuration library: figment's environment provider reads values
//! as TOML-like data (`10` is a number, `[…]` a list, `"…"` loses its quotes) and lower-cases
//! names; the `config` crate lower-cases names too and takes `yes` or `1` for true. Either
//! would accept what Sala refuses today or refuse what it reads, and neither names the
//! `SALA_*` variable when a check fails. serde and toml still read the file; what is written
//! here is only Sala's own part, one declaration per setting.

use std::path::PathBuf;

use super::{LogFormat, MigrationMode, Mode, Secret};

/// A value as an environment variable spells it.
pub(crate) trait FromEnv: Sized {
    /// The value read from `raw`, or what is wrong with it.
    fn from_env(raw: &str) -> Result<Self, String>;
}

macro_rules! from_env_by_parsing {
    ($($type:ty),* $(,)?) => {
        $(
            impl FromEnv for $type {
                fn from_env(raw: &str) -> Result<Self, String> {
                    raw.parse().map_err(|e| format!("cannot use {raw:?}: {e}"))
                }
            }
        )*
    };
}

from_env_by_parsing!(
    String,
    PathBuf,
    bool,
    u32,
    u64,
    usize,
    Mode,
    LogFormat,
    MigrationMode,
    Secret
);

/// A setting that is unset by default is still given as a plain value.
impl<T: FromEnv> FromEnv for Option<T> {
    fn from_env(raw: &str) -> Result<Self, String> {
        T::from_env(raw).map(Some)
    }
}

/// Whether `name` (a variable's name after `SALA_`) is the upper-case spelling of `field`.
pub(crate) fn is_env_name(name: &str, field: &str) -> bool {
    name.len() == field.len()
        && name
            .bytes()
            .zip(field.bytes())
            .all(|(n, f)| n == f.to_ascii_uppercase())
}

/// The type a file or the environment gives: the one after `as`, else the setting's own.
macro_rules! layer_type {
    ($type:ty) => {
        $type
    };
    ($type:ty, $raw:ty) => {
        $raw
    };
}

/// The checked value: through the function after `=>`, else as given.
macro_rules! checked {
    ($value:expr) => {
        Ok::<_, String>($value)
    };
    ($value:expr, $check:expr) => {
        ($check)($value)
    };
}

/// Generates, from one list:
/// - `Settings`, with a field for each entry of `settings` and `computed`;
/// - `Layer`, what a file or the environment may say: each entry of `settings` and `keys`,
///   optional, with unknown file keys refused;
/// - `Layer::set`, reading `SALA_<NAME>` into the field `<name>`;
/// - `Layer::resolve`, which fills in defaults (an entry's default may use the entries above
///   it), runs each entry's check and names `SALA_<NAME>` when one fails.
///
/// An entry of `settings` reads `name: Type [as Raw] = default [=> check];`: `Raw` is what the
/// file and the environment hold when it is not `Type`, `default` is a `Raw` (or `Type`), and
/// `check` turns it into a `Type` or says what is wrong. `keys` are read by the `computed`
/// entries (`fn(&Layer) -> Result<Type, ConfigError>`), which run first.
macro_rules! declare_settings {
    (
        settings {
            $(
                $(#[$attr:meta])*
                $name:ident : $type:ty $(as $raw:ty)? = $default:expr $(=> $check:expr)? ;
            )*
        }
        keys {
            $( $(#[$key_attr:meta])* $key:ident : $key_type:ty ; )*
        }
        computed {
            $( $(#[$computed_attr:meta])* $computed:ident : $computed_type:ty = $compute:expr ; )*
        }
    ) => {
        /// The settings the platform runs with, complete and checked.
        #[derive(Debug, Clone)]
        pub struct Settings {
            $( $(#[$attr])* pub $name: $type, )*
            $( $(#[$computed_attr])* pub $computed: $computed_type, )*
        }

        /// What a file or the environment may say; every key is optional there.
        #[derive(Debug, Default, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub(crate) struct Layer {
            $(
                $name: Option<$crate::config::declare::layer_type!($type $(, $raw)?)>,
            )*
            $( $(#[$key_attr])* pub(crate) $key: Option<$key_type>, )*
            /// Kubernetes service-link variables met in the environment (not settings).
            #[serde(skip)]
            pub(crate) ignored_service_links: Vec<String>,
        }

        impl Layer {
            /// Every setting's name, as written in the file.
            #[cfg(test)]
            pub(crate) const NAMES: &[&str] = &[$(stringify!($name),)* $(stringify!($key),)*];

            /// Reads `raw` into the setting called `name` (`SALA_` taken off); `None` when
            /// there is no such setting.
            pub(crate) fn set(&mut self, name: &str, raw: &str) -> Option<Result<(), String>> {
                use $crate::config::declare::{is_env_name, FromEnv};
                $(
                    if is_env_name(name, stringify!($name)) {
                        return Some(FromEnv::from_env(raw).map(|value| self.$name = Some(value)));
                    }
                )*
                $(
                    if is_env_name(name, stringify!($key)) {
                        return Some(FromEnv::from_env(raw).map(|value| self.$key = Some(value)));
                    }
                )*
                None
            }

            /// Defaults filled in and every value checked, one setting at a time.
            pub(crate) fn resolve(self) -> Result<Settings, $crate::config::ConfigError> {
                $( let $computed: $computed_type = ($compute)(&self)?; )*
                $(
                    let $name: $type = {
                        let value: $crate::config::declare::layer_type!($type $(, $raw)?) =
                            match self.$name {
                                Some(value) => value,
                                None => $default,
                            };
                        $crate::config::declare::checked!(value $(, $check)?).map_err(|message| {
                            $crate::config::problem(
                                &$crate::config::env_key(stringify!($name)),
                                message,
                            )
                        })?
                    };
                )*
                Ok(Settings { $($name,)* $($computed,)* })
            }
        }
    };
}

pub(crate) use {checked, declare_settings, layer_type};
