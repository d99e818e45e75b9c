//! Cities: no two cities of a country answer to the same name (R-CITY-1), and a city typed on a
//! record is resolved to one of the country's cities, created when there is none (R-CITY-2).

use crm_core::Id;
use crm_core::access::Perm;
use crm_core::city::{City, CityInput, alternative_names, answers_to, collides, typed_city_name};
use crm_core::validation::{Rule, Violations};
use crm_store::Tx;
use crm_store::cities::of_country_naming;

use crate::entities::{CITY, Edit, fields_of, typed};
use crate::{AppError, Session, records};

/// R-CITY-1: the name and each alternative name of `input` must not collide with another city of
/// its country.
async fn check_unique(tx: &mut Tx, input: &CityInput, except: Option<Id>) -> Result<(), AppError> {
    let Some(country) = input.country_id else {
        return Ok(());
    };
    let mut violations = Violations::default();
    let names = std::iter::once(("name", input.name.as_str()))
        .chain(alternative_names(&input.alternative_names).map(|n| ("alternative_names", n)));
    for (field, name) in names {
        let others = of_country_naming(tx, country.0, name).await?;
        let taken = others
            .iter()
            .filter(|o| Some(Id(o.id)) != except)
            .any(|o| collides(name, &o.name, &o.alternative_names));
        if taken && !violations.iter().any(|v| v.field == field) {
            violations.push(field, Rule::AlreadyExists);
        }
    }
    violations.into_result(()).map_err(AppError::Validation)
}

/// `city_create`: a new city of a country (R-CITY-1).
pub async fn city_create(session: &Session, input: CityInput) -> Result<City, AppError> {
    let input = input.validate()?;
    let mut tx = session.db().begin().await?;
    check_unique(&mut tx, &input, None).await?;
    let created = records::create_in(&mut tx, session, &CITY, fields_of(&input)?).await?;
    tx.commit().await?;
    typed(created)
}

/// `city_update`: saves an edit of a city made on the version read (R-CITY-1).
pub async fn city_update(session: &Session, edit: Edit<CityInput>) -> Result<City, AppError> {
    let input = edit.input.validate()?;
    let mut tx = session.db().begin().await?;
    records::editable_in(&mut tx, session, &CITY, edit.id.0, Perm::Change).await?;
    check_unique(&mut tx, &input, Some(edit.id)).await?;
    let saved = records::update_in(
        &mut tx,
        session,
        &CITY,
        edit.id.0,
        edit.version,
        fields_of(&input)?,
    )
    .await?;
    tx.commit().await?;
    typed(saved)
}

/// Where a city name typed on a record leads (R-CITY-2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Found {
    /// No country or no name: no city.
    Nothing,
    /// A city of the country answers to the name.
    City(Id),
    /// The country has no such city: this one is to be created.
    New(CityInput),
}

/// R-CITY-2: the city of `country` that `city_name` names, or the valid new city it would be.
pub(crate) async fn look_up(tx: &mut Tx, country: Option<Id>, city_name: &str) -> Result<Found, AppError> {
    let name = typed_city_name(city_name);
    let Some(country) = country.filter(|_| !name.is_empty()) else {
        return Ok(Found::Nothing);
    };
    let known = of_country_naming(tx, country.0, name).await?;
    if let Some(city) = known
        .iter()
        .find(|c| answers_to(name, &c.name, &c.alternative_names))
    {
        return Ok(Found::City(Id(city.id)));
    }
    let input = CityInput {
        name: name.to_owned(),
        alternative_names: String::new(),
        country_id: Some(country),
    }
    .validate()?;
    Ok(Found::New(input))
}

/// Creates the city `input` found by [`look_up`].
pub(crate) async fn file(tx: &mut Tx, session: &Session, input: &CityInput) -> Result<Id, AppError> {
    // The record's author files the city, whether or not they may edit the city list.
    let created =
        crm_store::record::create_in(tx, CITY.entity, Some(session.user_id().0), &fields_of(input)?).await?;
    Ok(typed::<City>(created)?.id)
}

/// R-CITY-2: the city of `country` that `city_name` names, created when the country has none.
/// None when there is no country or no name.
pub async fn resolve(
    tx: &mut Tx,
    session: &Session,
    country: Option<Id>,
    city_name: &str,
) -> Result<Option<Id>, AppError> {
    match look_up(tx, country, city_name).await? {
        Found::Nothing => Ok(None),
        Found::City(city) => Ok(Some(city)),
        Found::New(input) => Ok(Some(file(tx, session, &input).await?)),
    }
}

/// R-CITY-2 on a record being saved: a city name typed (or changed since `was`) with a country
/// links the country's city of that name; a city without a country or typed name lends the
/// record its name.
pub async fn place(
    tx: &mut Tx,
    session: &Session,
    country: Option<Id>,
    city_id: &mut Option<Id>,
    city_name: &mut String,
    was: Option<&str>,
) -> Result<(), AppError> {
    if country.is_some() && !city_name.is_empty() && was != Some(city_name.as_str()) {
        *city_id = resolve(tx, session, country, city_name).await?;
    } else if let (None, Some(city), true) = (country, *city_id, city_name.is_empty()) {
        let city: City = typed(crm_store::record::get_in(tx, CITY.entity, city.0).await?)?;
        *city_name = city.name;
    }
    Ok(())
}
