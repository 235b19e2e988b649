//! The demo's routing: the Ministry of Justice consultation answered by the provincial
//! justice offices of its four pilot provinces, for victims' assistance by a ministry
//! department, and otherwise by the ministry office that runs it; the demo agency account
//! represents the Sukhothai office.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::db::entities::{consultations, proposals};
use crate::domain::agency::routing::{self, Cell};
use crate::domain::organizations as orgs;

const CONSULTATION: &str = "provincial-justice-strategy";

/// (slug, name, province) of each provincial office; the first is the demo agency's.
const OFFICES: [(&str, &str, &str); 4] = [
    (
        "sukhothai-justice-office",
        "สำนักงานยุติธรรมจังหวัดสุโขทัย (สาธิต)",
        "สุโขทัย",
    ),
    (
        "nakhon-phanom-justice-office",
        "สำนักงานยุติธรรมจังหวัดนครพนม (สาธิต)",
        "นครพนม",
    ),
    (
        "phuket-justice-office",
        "สำนักงานยุติธรรมจังหวัดภูเก็ต (สาธิต)",
        "ภูเก็ต",
    ),
    (
        "ratchaburi-justice-office",
        "สำนักงานยุติธรรมจังหวัดราชบุรี (สาธิต)",
        "ราชบุรี",
    ),
];

const DEPARTMENT: (&str, &str, &str) = (
    "moj-rights-liberties-department",
    "กรมคุ้มครองสิทธิและเสรีภาพ กระทรวงยุติธรรม (สาธิต)",
    "การช่วยเหลือเหยื่อและผู้เสียหาย",
);

/// Creates the offices and the department, maps the consultation to them, routes its
/// proposals, signs the answers already given, and makes `agency_account` a representative
/// of the first office.
pub async fn load<C: ConnectionTrait>(conn: &C, agency_account: Uuid) -> anyhow::Result<()> {
    let Some(consultation) = consultations::Entity::find()
        .filter(consultations::Column::Slug.eq(CONSULTATION))
        .one(conn)
        .await?
    else {
        return Ok(());
    };
    let mut cells = Vec::new();
    for (i, (slug, name, province)) in OFFICES.iter().enumerate() {
        let office = orgs::create(conn, slug, name, "agency").await?;
        if i == 0 {
            orgs::add_member(conn, office.id, agency_account, "representative").await?;
        }
        cells.push(Cell {
            theme: None,
            province: Some((*province).to_owned()),
            organization_id: office.id,
        });
    }
    let (slug, name, theme) = DEPARTMENT;
    let department = orgs::create(conn, slug, name, "agency").await?;
    cells.push(Cell {
        theme: Some(theme.to_owned()),
        province: None,
        organization_id: department.id,
    });
    // What no office or department takes goes to the ministry office that runs it.
    if let Some(owner) = consultation.owner_organization_id {
        cells.push(Cell {
            theme: None,
            province: None,
            organization_id: owner,
        });
    }
    routing::write_map(conn, consultation.id, &cells).await?;
    // The answers the demo gave were given by the organisation each proposal is routed to.
    proposals::Entity::update_many()
        .col_expr(
            proposals::Column::AnsweringOrganizationId,
            Expr::col(proposals::Column::ResponsibleOrganizationId),
        )
        .filter(proposals::Column::ConsultationId.eq(consultation.id))
        .filter(proposals::Column::OfficialResponse.is_not_null())
        .exec(conn)
        .await?;
    Ok(())
}
