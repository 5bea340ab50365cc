import { incidentsCreate, incidentsDelete, incidentsGet, incidentsGroup, incidentsList, incidentsUpdate } from './incidents-routes.js';
import { devUsersSelf, schemasStockGet, stageDiagramsList, stagesCustomList } from './organisation-routes.js';
import { partsList } from './parts-routes.js';
import { revUsersScan, tagsList } from './people-routes.js';
import type { Route } from './route.js';

/** Every DevRev endpoint the mock server serves, by path. */
export const ROUTES: ReadonlyMap<string, Route> = new Map(
  [
    incidentsCreate,
    incidentsGet,
    incidentsList,
    incidentsUpdate,
    incidentsDelete,
    incidentsGroup,
    schemasStockGet,
    stageDiagramsList,
    stagesCustomList,
    devUsersSelf,
    tagsList,
    revUsersScan,
    partsList,
  ].map((route) => [route.path, route]),
);
